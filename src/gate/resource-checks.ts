import { THRESHOLD_DEFINITIONS, type Thresholds } from '../config/thresholds.js'
import type { ResourceMetrics } from '../metrics/resources.js'
import { bandStatus, type ThresholdCheck } from './evaluate.js'

/** Why the memory threshold could not be judged when no process was watched at all. */
export const NOT_WATCHED =
  'no service process was watched: start it with --start, or give its pid with --watch-pid (action inputs start, watch-pid)'

/**
 * The thresholds on the service's own process: its RSS growth per hour,
 * judged on the lower end of the slope's 95% interval, so only a growth
 * the run's noise cannot explain crosses a band. A threshold set but not
 * judgeable (no process watched, no /proc, too few samples, a stress ramp)
 * is a warning that says why, never a silent pass.
 */
export function resourceChecks(
  resources: ResourceMetrics | undefined,
  thresholds: Thresholds
): ThresholdCheck[] {
  const band = thresholds.rss_growth_per_hour
  if (!band) return []
  const def = THRESHOLD_DEFINITIONS.rss_growth_per_hour
  const trend = resources?.rss_trend
  const check = {
    name: 'rss_growth_per_hour' as const,
    scope: 'overall',
    label: def.label,
    unit: def.unit,
    warning: band.warning,
    critical: band.critical,
    higher_is_better: def.higherIsBetter,
    requests: trend?.points ?? 0
  }
  if (!trend) {
    const reason = resources ? (resources.rss_trend_skipped ?? 'no RSS trend was fitted') : NOT_WATCHED
    return [{ ...check, value: 0, status: 'warning', not_judged: { reason } }]
  }
  return [{ ...check, value: trend.ci_low, status: bandStatus(trend.ci_low, band, def.higherIsBetter) }]
}
