import { constants, type Stats } from 'node:fs'
import { lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises'
import { InputError } from './errors.js'

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
  field: string
  /** what is expected there, for the message: `a CSV or JSON data file` */
  expected: string
  /** the most bytes read; Infinity only for files that are streamed, never held */
  maxBytes: number
  /** the message when the file is larger than maxBytes */
  tooLarge: (path: string) => string
}

/** `a FIFO (named pipe)`, `a character device` …: what a path is, for messages. */
export function kindOf(s: Stats): string {
  if (s.isFile()) return 'a regular file'
  if (s.isDirectory()) return 'a directory'
  if (s.isFIFO()) return 'a FIFO (named pipe)'
  if (s.isCharacterDevice()) return 'a character device'
  if (s.isBlockDevice()) return 'a block device'
  if (s.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** ` (a link to /dev/zero)` when `path` is a symlink: the message names what was really found. */
async function linkNote(path: string): Promise<string> {
  try {
    if (!(await lstat(path)).isSymbolicLink()) return ''
    return ` (a link to ${await realpath(path)})`
  } catch {
    return ''
  }
}

/** A path that is not what is expected there (a FIFO, a device, a socket, a folder for a file). */
export class NotRegularFileError extends InputError {
  constructor(
    field: string,
    /** the message without the field: `x is a FIFO (named pipe); expected …` */
    detail: string
  ) {
    super(field, detail)
  }
}

async function refuse(path: string, s: Stats, field: string, expected: string): Promise<never> {
  throw new NotRegularFileError(field, `${path}${await linkNote(path)} is ${kindOf(s)}; expected ${expected}`)
}

/**
 * What `path` is, symlinks followed: `file` (regular) or `directory` (only when
 * `directory` says one is meant). Anything else is an InputError naming it;
 * fs errors (ENOENT, EACCES) pass through for the caller's own message.
 */
export async function inputKind(
  path: string,
  o: { field: string; expected: string; directory?: boolean; file?: boolean }
): Promise<'file' | 'directory'> {
  const s = await stat(path)
  if (s.isFile() && o.file !== false) return 'file'
  if (s.isDirectory() && o.directory) return 'directory'
  return refuse(path, s, o.field, o.expected)
}

/**
 * Opens a regular file for reading, checked before and after the open (which
 * is O_NONBLOCK: a FIFO put in place in between cannot block it). Returns the
 * handle and the file's size; the caller closes it.
 */
export async function openInputFile(
  path: string,
  rule: InputFileRule
): Promise<{ handle: FileHandle; size: number }> {
  await inputKind(path, rule)
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const s = await handle.stat()
    if (!s.isFile()) await refuse(path, s, rule.field, rule.expected)
    if (s.size > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path))
    return { handle, size: s.size }
  } catch (e) {
    await handle.close()
    throw e
  }
}

/** A regular file's text (UTF-8), read no further than `rule.maxBytes` (it may grow after the check). */
export async function readInputFile(path: string, rule: InputFileRule): Promise<string> {
  const { handle, size } = await openInputFile(path, rule)
  try {
    // sized from the file, not the cap: a 1 KB data file does not allocate 256 MiB
    let buffer = Buffer.allocUnsafe(Math.min(size, rule.maxBytes) + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, rule.maxBytes + 1))
        buffer.copy(grown, 0, 0, length)
        buffer = grown
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path))
    }
    return buffer.toString('utf8', 0, length)
  } finally {
    await handle.close()
  }
}
