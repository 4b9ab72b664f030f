import { z } from 'zod'
import type { Band } from './thresholds.js'
import { parsePercent, parseSeconds } from './units.js'

/**
 * What a soak judges besides its thresholds: how its last window differs
 * from its first. Each drift has three bands as a threshold has, judged on
 * the near end of its interval, so a run's noise alone never crosses one.
 */
export const DRIFT_NAMES = ['p50_drift', 'p95_drift', 'throughput_decay', 'error_rate_rise'] as const
export type DriftName = (typeof DRIFT_NAMES)[number]

export interface DriftSettings {
  /** each window's length: a share of the run (0–0.5) or seconds */
  window: { share: number } | { seconds: number }
  bands: Record<DriftName, Band>
}

export const DRIFT_VIEW: Record<DriftName, { label: string; points: boolean }> = {
  p50_drift: { label: 'Median drift', points: false },
  p95_drift: { label: '95th percentile drift', points: false },
  throughput_decay: { label: 'Throughput decay', points: false },
  error_rate_rise: { label: 'Error rate rise (pp)', points: true }
}

/** A soak's bands unless the config sets its own: percent of the first window's figure (points for errors). */
export const DEFAULT_DRIFT: DriftSettings = {
  window: { share: 0.1 },
  bands: {
    p50_drift: { warning: 10, critical: 25 },
    p95_drift: { warning: 15, critical: 30 },
    throughput_decay: { warning: 10, critical: 25 },
    error_rate_rise: { warning: 0.5, critical: 2 }
  }
}

const percentBand = z
  .strictObject({
    warning: z.union([z.number(), z.string()]),
    critical: z.union([z.number(), z.string()])
  })
  .transform((b, ctx) => {
    const [warning, critical] = [parsePercent(b.warning), parsePercent(b.critical)]
    if (warning === undefined || critical === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'warning and critical must be percentages, such as 10% or 0.5'
      })
      return z.NEVER
    }
    if (warning > critical) {
      ctx.addIssue({ code: 'custom', message: 'warning must not be above critical' })
      return z.NEVER
    }
    return { warning, critical }
  })

/** What a drift band judges and its defaults, for the schema and the reference page. */
function driftBandWords(name: DriftName): string {
  const { warning, critical } = DEFAULT_DRIFT.bands[name]
  const unit = DRIFT_VIEW[name].points ? ' percentage points' : '%'
  const what = {
    p50_drift: "the median's rise from the first window to the last",
    p95_drift: "the 95th percentile's rise from the first window to the last",
    throughput_decay: "throughput's fall from the first window to the last",
    error_rate_rise: "the error rate's rise from the first window to the last"
  }[name]
  return `${what}, in ${unit === '%' ? 'percent (10% or 10)' : 'percentage points'}; default warning ${warning}${unit}, critical ${critical}${unit}`
}

export const driftSchema = z
  .strictObject({
    window: z
      .union([z.number(), z.string()])
      .optional()
      .describe('each compared window: a share of the run (10%, at most 50%) or a time (5m); default 10%'),
    ...(Object.fromEntries(
      DRIFT_NAMES.map((n) => [n, percentBand.optional().describe(driftBandWords(n))])
    ) as {
      [K in DriftName]: z.ZodOptional<typeof percentBand>
    })
  })
  .transform((d, ctx) => {
    const window = d.window === undefined ? undefined : windowOf(d.window)
    if (window === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['window'],
        message: `must be a share of the run up to 50% (10%) or a time (5m) (got ${JSON.stringify(d.window)})`
      })
      return z.NEVER
    }
    const { window: _, ...bands } = d
    return { ...(window ? { window } : {}), bands: bands as Partial<Record<DriftName, Band>> }
  })
  .describe(
    "soak runs: how far the last window may differ from the first (p50_drift, p95_drift, throughput_decay in %, error_rate_rise in points) and the windows' length"
  )

export type DriftConfig = z.output<typeof driftSchema>

/** `10%` is a share of the run, anything else a time; null when neither. */
function windowOf(v: string | number): DriftSettings['window'] | null {
  if (typeof v === 'string' && v.trim().endsWith('%')) {
    const p = parsePercent(v)
    return p !== undefined && p > 0 && p <= 50 ? { share: p / 100 } : null
  }
  const s = parseSeconds(v)
  return s !== undefined && s > 0 ? { seconds: s } : null
}

/** The service's drift over the config's over the defaults, band by band. */
export function resolveDrift(...layers: (DriftConfig | undefined)[]): DriftSettings {
  let out = DEFAULT_DRIFT
  for (const l of layers)
    if (l)
      out = { window: l.window ?? out.window, bands: { ...out.bands, ...l.bands } as DriftSettings['bands'] }
  return out
}
