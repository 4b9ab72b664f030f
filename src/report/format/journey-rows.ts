import type { Metrics } from '../../metrics/types.js'
import { formatCount, formatValue } from './numbers.js'

/** Most failing checks any view lists by name; the rest are counted. */
export const MAX_FAILING_CHECKS = 5

/** The journeys as table rows (header first), for the terminal, summary.md and report.html alike. */
export function journeyRows(m: Pick<Metrics, 'journeys'>): string[][] {
  if (!m.journeys?.length) return []
  return [
    ['Journey', 'Iterations', 'Per second', 'p50', 'p95', 'p99', 'Failed', 'Checks passed'],
    ...m.journeys.map((j) => [
      j.journey,
      formatCount(j.iterations),
      String(j.iterations_per_second),
      formatValue(j.median_duration, 'seconds'),
      formatValue(j.p95_duration, 'seconds'),
      formatValue(j.p99_duration, 'seconds'),
      formatCount(j.failed_iterations) +
        (j.restarted_iterations ? ` (+${formatCount(j.restarted_iterations)} restarted)` : ''),
      j.check_pass_rate === undefined ? '–' : formatValue(j.check_pass_rate, 'percent')
    ])
  ]
}

/** What a journey's duration is, said under every journeys table. */
export const JOURNEY_DURATION_NOTE =
  "a journey's duration is its looped steps' response times added up: think time and once-steps (a login) left out"

/**
 * `member: its once-steps failed 6 times; each time the user sent them again
 * at its next iteration`: said under every journeys table, since a once-step
 * (a login) that failed is sent again, and its requests then outnumber the users.
 */
export function onceFailureLines(m: Pick<Metrics, 'journeys'>): string[] {
  return (m.journeys ?? [])
    .filter((j) => (j.once_failures ?? 0) > 0)
    .map(
      (j) =>
        `${j.journey}: its once-steps failed ${formatCount(j.once_failures!)} ${j.once_failures === 1 ? 'time' : 'times'}; each time the user, not logged in, sent them again at its next iteration`
    )
}

/** `Checks: 61 of 63 passed (96.83%)`, and the failing checks worst first; nothing without checks. */
export function checkLines(m: Pick<Metrics, 'checks'>): string[] {
  const c = m.checks
  if (!c) return []
  const failing = c.by_check.filter((x) => x.failed > 0)
  const lines = [
    `Checks: ${formatCount(c.passed)} of ${formatCount(c.total)} passed (${formatValue(c.pass_rate, 'percent')})`
  ]
  for (const x of failing.slice(0, MAX_FAILING_CHECKS))
    lines.push(
      `  ${x.endpoint}: ${x.check} failed ${formatCount(x.failed)} of ${formatCount(x.passed + x.failed)}`
    )
  if (failing.length > MAX_FAILING_CHECKS)
    lines.push(
      `  and ${failing.length - MAX_FAILING_CHECKS} more failing checks (metrics.json checks.by_check)`
    )
  return lines
}
