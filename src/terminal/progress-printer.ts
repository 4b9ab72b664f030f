import type { ProgressSnapshot } from '../engine/progress.js'
import { formatCount, formatSeconds, formatUsers } from '../report/format/numbers.js'
import type { Terminal } from './terminal.js'

/** CI logs get a plain line this often; a terminal gets a live line every second. */
const PLAIN_EVERY_SEC = 5

export function progressLine(service: string, s: ProgressSnapshot): string {
  const elapsed = Math.min(s.elapsedSec, s.totalSec)
  const errRate = s.requests ? (s.errors / s.requests) * 100 : 0
  return (
    `${service}${s.warmup ? ' warm-up' : ''} [${elapsed.toFixed(0).padStart(String(Math.ceil(s.totalSec)).length)}/${Math.ceil(s.totalSec)} s] ` +
    `${formatUsers(s.users)}, ${formatCount(s.requests)} requests, ${formatCount(s.rps)} req/s this second, p95 ${formatSeconds(s.p95Ms / 1000)}, ` +
    `errors ${formatCount(s.errors)} (${errRate.toFixed(2)}%)`
  )
}

/** Renders engine progress on stderr: a live line on a TTY, a line every 5 s in CI logs. */
export function progressPrinter(
  term: Terminal,
  service: string
): {
  onProgress: (s: ProgressSnapshot) => void
  done: () => void
} {
  let lastPlain = 0
  let live = false
  return {
    onProgress(s) {
      if (term.interactive) {
        term.err(`\r\x1b[K${progressLine(service, s)}`)
        live = true
      } else if (s.elapsedSec - lastPlain >= PLAIN_EVERY_SEC - 0.5) {
        lastPlain = s.elapsedSec
        term.err(progressLine(service, s) + '\n')
      }
    },
    done() {
      if (live) term.err('\r\x1b[K')
      live = false
    }
  }
}
