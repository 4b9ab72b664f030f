/**
 * Resolves at wall-clock time `at` (at once if it has passed), or as soon as
 * `signal` aborts: a stopped run then ends like any run stopped before it began.
 */
export declare function waitUntil(at: Date, signal?: AbortSignal, now?: () => number): Promise<void>;
