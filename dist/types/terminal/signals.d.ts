/**
 * Interruption, the same at any moment (SIGINT, SIGTERM, SIGHUP). A face's
 * entry imports `trap-signals.js` first, so the handlers are in place before
 * the rest of its bundle is even evaluated.
 *
 * - No run in progress (starting up, loading the config, printing): nothing
 *   was sent or is being written, so the process ends at once, exit 3.
 * - A run in progress: the first signal aborts it; the partial results are
 *   written as usual. A second one only says the write is under way (it
 *   takes well under a second): abandoning it would leave a run directory
 *   without its metrics.json, and ends the process if it has not ended
 *   within SECOND_SIGNAL_GRACE_MS. A third ends the process at once.
 * - Whichever way it ends, the service under test's process group is killed
 *   on the way out (service-under-test.ts, an 'exit' handler).
 */
export declare const STOP_SIGNALS: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
/** The process's exit code when a signal ends it before or between runs (docs/reference/exit-codes.md: aborted). */
export declare const ABORTED_EXIT = 3;
/**
 * After a second signal the process ends within this long, whatever it was
 * waiting for: the write takes well under a second, and a CI runner sends
 * SIGKILL 2.5 s after its SIGTERM — which no 'exit' handler survives to
 * kill the service under test.
 */
export declare const SECOND_SIGNAL_GRACE_MS = 2000;
/** Installs the handlers (once; entries only: a library or a test must keep its own). */
export declare function trapStopSignals(): void;
/** Where the "a moment" line goes (the action's log instead of stderr). */
export declare function sayOnSignal(log: (line: string) => void): void;
/** Runs `fn` as the run in progress: a signal aborts `signal` instead of ending the process. */
export declare function whileRunning<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
