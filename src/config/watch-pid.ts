import { InputError } from './errors.js'

/** Linux's largest pid_max (2²²); other systems stay below it. */
export const MAX_PID = 4_194_304

/**
 * `--watch-pid` / input `watch-pid`: the process id of a service perf-gate
 * did not start, whose memory and CPU (with its children's) are sampled
 * during the run; undefined when not given. With `start` perf-gate watches
 * the service it started, so the two together are refused: one of them would
 * be ignored. Whether the process exists is checked when the run starts.
 */
export function parseWatchPid(
  raw: string | undefined,
  labels: { watchPid: string; start: string },
  startGiven: boolean
): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const text = raw.trim()
  const pid = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(pid) || pid < 1 || pid > MAX_PID)
    throw new InputError(
      labels.watchPid,
      `must be the process id of the running service, a whole number from 1 to ${MAX_PID} (got ${JSON.stringify(raw)})`
    )
  if (startGiven)
    throw new InputError(
      labels.watchPid,
      `watches a service perf-gate did not start; with ${labels.start} perf-gate already watches the service it started and its children: give one of the two`
    )
  return pid
}
