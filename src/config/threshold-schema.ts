import { z } from 'zod'
import {
  DEFAULT_MIN_REQUESTS,
  JOURNEY_THRESHOLDS,
  SERVICE_THRESHOLDS,
  THRESHOLD_DEFINITIONS,
  THRESHOLD_NAMES,
  type ThresholdName,
  type ThresholdUnit
} from './thresholds.js'
import { TOLERANCE_NAMES, type ToleranceName } from './regression.js'
import { parseBytes, parsePercent, parsePlainNumber, parseSeconds } from './units.js'
import { isAbortable, MIN_ABORT_AFTER_SEC } from './abort-after.js'
import { LIMITS } from './defaults.js'

/**
 * The config's limits: warning and critical bands per metric (the gate) and
 * tolerances per compared metric (a baseline comparison), as users write them.
 */

const UNIT_PARSERS: Record<
  ThresholdUnit,
  { parse: (v: string | number) => number | undefined; hint: string }
> = {
  percent: { parse: parsePercent, hint: 'a percentage such as 1% or 0.5' },
  seconds: {
    parse: parseSeconds,
    hint: 'a time such as 500ms, 2s or 1.5 (seconds)'
  },
  rps: { parse: parsePlainNumber, hint: 'requests per second, such as 10' },
  bytes_per_hour: {
    parse: parseBytes,
    hint: 'bytes per hour such as 50MB, 1.5GB, 512MiB or plain bytes'
  }
}

function limit(unit: ThresholdUnit) {
  const { parse, hint } = UNIT_PARSERS[unit]
  return z
    .union([z.number(), z.string()])
    .describe(hint)
    .transform((value, ctx) => {
      const n = parse(value)
      if (n === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${hint} (got ${JSON.stringify(value)})`
        })
        return z.NEVER
      }
      return n
    })
}

/** `abort_after`: how long the critical band must hold, second after second, before the run stops. */
const abortAfter = z
  .union([z.number(), z.string()])
  .describe(
    'stop the run (and fail it) once the critical band has held every second for this long, e.g. 30s (at least 1s)'
  )
  .transform((value, ctx) => {
    const n = parseSeconds(value)
    if (n === undefined || n < MIN_ABORT_AFTER_SEC || n > LIMITS.duration) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a duration of at least ${MIN_ABORT_AFTER_SEC}s such as 30s or 2m: each second is judged on its own figures (got ${JSON.stringify(value)})`
      })
      return z.NEVER
    }
    return n
  })

function band(name: ThresholdName) {
  const { unit, higherIsBetter } = THRESHOLD_DEFINITIONS[name]
  // only a metric that each second has figures for can stop a run on a sustained breach
  const fields = { warning: limit(unit), critical: limit(unit), abort_after: abortAfter.optional() }
  const { abort_after: _, ...judgedOnTheWhole } = fields
  return z
    .strictObject(isAbortable(name) ? fields : (judgedOnTheWhole as typeof fields))
    .refine((b) => (higherIsBetter ? b.warning >= b.critical : b.warning <= b.critical), {
      message: higherIsBetter
        ? 'warning must be at least critical (for throughput, lower is worse)'
        : 'warning must not be above critical'
    })
    .refine((b) => unit !== 'percent' || Math.max(b.warning, b.critical) <= 100, {
      // a share cannot pass 100%: a band above it would judge every run the same
      message: 'a percentage is at most 100% (e.g. warning: 90%)'
    })
}

export const thresholdsSchema = z
  .strictObject({
    ...(Object.fromEntries(THRESHOLD_NAMES.map((n) => [n, band(n).optional()])) as {
      [K in ThresholdName]: z.ZodOptional<ReturnType<typeof band>>
    }),
    min_requests: z
      .number({ error: 'must be a whole number of requests, such as 20' })
      .int({ error: 'must be a whole number of requests, such as 20' })
      .min(1, { error: 'must be at least 1 (1 judges every check however few its requests)' })
      .max(1_000_000, { error: 'must be at most 1,000,000' })
      .optional()
      .describe(
        `fewer requests than this behind a check make it "not enough requests", at least a warning (default ${DEFAULT_MIN_REQUESTS})`
      )
  })
  .describe('Warning and critical limits per metric; unset metrics keep the defaults')

/**
 * An endpoint's or a step's thresholds: those of its requests. The service's
 * own memory is one figure for the whole run, so it is refused here rather
 * than silently never judged.
 */
export const endpointThresholdsSchema = thresholdsSchema.refine(
  (t) => SERVICE_THRESHOLDS.every((n) => t[n] === undefined),
  {
    path: [SERVICE_THRESHOLDS[0]],
    message:
      "judges the service's own process, not an endpoint: set it under the service's thresholds or the top-level ones"
  }
)

/** A journey's own thresholds: what a journey has (its iterations, their durations, its checks). */
export const journeyThresholdsSchema = z
  .strictObject({
    ...(Object.fromEntries(
      [...JOURNEY_THRESHOLDS, 'check_pass_rate' as const].map((n) => [n, band(n).optional()])
    ) as {
      [K in (typeof JOURNEY_THRESHOLDS)[number] | 'check_pass_rate']: z.ZodOptional<ReturnType<typeof band>>
    }),
    min_requests: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('fewer iterations than this behind a check make it "not enough requests", at least a warning')
  })
  .describe("Warning and critical limits of this journey's iterations, durations and checks")

/** A tolerance: percent for times and throughput (10% or 10), points for the error rate (0.5 or 0.5%). */
const tolerance = (points: boolean) =>
  z
    .union([z.number(), z.string()])
    .describe(points ? 'percentage points, such as 0.5' : 'a percentage such as 10%')
    .transform((value, ctx) => {
      const n = parsePercent(value)
      if (n === undefined || n > 1000) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${points ? 'percentage points such as 0.5' : 'a percentage such as 10%'} (got ${JSON.stringify(value)})`
        })
        return z.NEVER
      }
      return points ? n : n / 100
    })

export const tolerancesSchema = z
  .strictObject(
    Object.fromEntries(TOLERANCE_NAMES.map((n) => [n, tolerance(n === 'error_rate').optional()])) as {
      [K in ToleranceName]: z.ZodOptional<ReturnType<typeof tolerance>>
    }
  )
  .describe(
    'How large a change against a baseline must be to count (default 10%; error rate 0.5 percentage points)'
  )
