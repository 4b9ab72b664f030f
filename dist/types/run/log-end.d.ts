/** The most of a log (a service's output, a build's) that is read: its end, where a failure shows. */
export declare const MAX_LOG_BYTES: number;
/**
 * A log's text, or its last MAX_LOG_BYTES from a whole line on,
 * after a line saying how much was left out: a soak's chatty service may
 * write gigabytes, which are never read whole; empty when there is no log.
 */
export declare function readLog(file: string): Promise<string>;
