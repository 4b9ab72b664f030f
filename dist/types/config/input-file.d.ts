import { type Stats } from 'node:fs';
import { type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.js';
/**
 * The one way perf-gate reads a path a user or another job names (config,
 * data file, CA file, run directories and their metrics.json, shard CSVs).
 *
 * A FIFO reports size 0, so a size check passes and then `open` blocks until a
 * writer comes: for ever, and out of reach of SIGINT/SIGTERM (the blocking open
 * sits in libuv's thread pool). A device (`/dev/zero`) has no end. So the kind
 * is checked (symlinks followed) before opening, the open is non-blocking in
 * case the path is swapped after the check, the handle is checked again, and
 * the read stops at a cap.
 */
export interface InputFileRule {
    /** the flag, input or config field named in errors, e.g. `--config` */
    field: string;
    /** what is expected there, for the message: `a CSV or JSON data file` */
    expected: string;
    /** the most bytes read; Infinity only for files that are streamed, never held */
    maxBytes: number;
    /** the message when the file is larger than maxBytes */
    tooLarge: (path: string) => string;
}
/** `a FIFO (named pipe)`, `a character device` …: what a path is, for messages. */
export declare function kindOf(s: Stats): string;
/** A path that is not what is expected there (a FIFO, a device, a socket, a folder for a file). */
export declare class NotRegularFileError extends InputError {
    constructor(field: string, 
    /** the message without the field: `x is a FIFO (named pipe); expected …` */
    detail: string);
}
/**
 * What `path` is, symlinks followed: `file` (regular) or `directory` (only when
 * `directory` says one is meant). Anything else is an InputError naming it;
 * fs errors (ENOENT, EACCES) pass through for the caller's own message.
 */
export declare function inputKind(path: string, o: {
    field: string;
    expected: string;
    directory?: boolean;
    file?: boolean;
}): Promise<'file' | 'directory'>;
/**
 * Opens a regular file for reading, checked before and after the open (which
 * is O_NONBLOCK: a FIFO put in place in between cannot block it). Returns the
 * handle and the file's size; the caller closes it.
 */
export declare function openInputFile(path: string, rule: InputFileRule): Promise<{
    handle: FileHandle;
    size: number;
}>;
/** A regular file's text (UTF-8), read no further than `rule.maxBytes` (it may grow after the check). */
export declare function readInputFile(path: string, rule: InputFileRule): Promise<string>;
