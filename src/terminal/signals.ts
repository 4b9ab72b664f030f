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
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/** The process's exit code when a signal ends it before or between runs (docs/reference/exit-codes.md: aborted). */
export const ABORTED_EXIT = 3

/**
 * After a second signal the process ends within this long, whatever it was
 * waiting for: the write takes well under a second, and a CI runner sends
 * SIGKILL 2.5 s after its SIGTERM — which no 'exit' handler survives to
 * kill the service under test.
 */
export const SECOND_SIGNAL_GRACE_MS = 2000

let active: { controller: AbortController; received: number } | undefined
let say: (line: string) => void = (line) => process.stderr.write(line + '\n')

function onSignal(signal: NodeJS.Signals): void {
  if (!active) process.exit(ABORTED_EXIT)
  active.received++
  if (active.received === 1) active.controller.abort()
  else if (active.received === 2) {
    say(`perf-gate: ${signal}: writing the partial results, a moment (again to quit now)`)
    // a wait that missed the abort must not outlast the user; unref: a finished run exits as usual
    setTimeout(() => process.exit(ABORTED_EXIT), SECOND_SIGNAL_GRACE_MS).unref()
  } else process.exit(ABORTED_EXIT)
}

/** Installs the handlers (once; entries only: a library or a test must keep its own). */
export function trapStopSignals(): void {
  for (const s of STOP_SIGNALS) if (!process.listeners(s).includes(onSignal)) process.on(s, onSignal)
}

/** Where the "a moment" line goes (the action's log instead of stderr). */
export function sayOnSignal(log: (line: string) => void): void {
  say = log
}

/** Runs `fn` as the run in progress: a signal aborts `signal` instead of ending the process. */
export async function whileRunning<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const previous = active
  active = { controller: new AbortController(), received: 0 }
  try {
    return await fn(active.controller.signal)
  } finally {
    active = previous
  }
}
