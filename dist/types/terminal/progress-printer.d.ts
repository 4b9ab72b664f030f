import type { ProgressSnapshot } from '../engine/progress.js';
import type { Terminal } from './terminal.js';
export declare function progressLine(service: string, s: ProgressSnapshot): string;
/** Renders engine progress on stderr: a live line on a TTY, a line every 5 s in CI logs. */
export declare function progressPrinter(term: Terminal, service: string): {
    onProgress: (s: ProgressSnapshot) => void;
    done: () => void;
};
