/**
 * Resolves at wall-clock time `at` (at once if it has passed), or as soon as
 * `signal` aborts: a stopped run then ends like any run stopped before it began.
 */
export function waitUntil(at: Date, signal?: AbortSignal, now: () => number = Date.now): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
    // timers drift and cap at 24.8 days: re-arm until the clock says so
    const arm = (): void => {
      const left = at.getTime() - now()
      if (left <= 0) return done()
      timer = setTimeout(arm, Math.min(left, 60_000))
    }
    arm()
  })
}
