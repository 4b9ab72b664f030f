import { AB_PAIRINGS } from './ab-pairing.js'
import { LIMITS } from './defaults.js'
import { z } from 'zod'
import { FAIL_ON_VALUES } from './thresholds.js'
import { FAIL_ON_REGRESSION_VALUES } from './regression.js'
import { endpointThresholdsSchema, thresholdsSchema, tolerancesSchema } from './threshold-schema.js'
import { driftSchema } from './drift.js'
import { hasControlCharacter } from './http-grammar.js'
import { CAPTURE_NAME, checkedString, duration, headersSchema, requestFields } from './request-schema.js'
import { checkJourneyNames } from './journey-order.js'
import { journeySchema, sessionFields } from './journey-schema.js'
import { DATA_ORDERS } from './data-file.js'
import { parseJsonPath } from './json-path.js'
import { csvChoiceProblem, type CsvChoice } from './csv-choice.js'

/**
 * The one config model: a `perf-gate.yml` / JSON file is validated against
 * this schema, and `schema/perf-gate.schema.json` is generated from it.
 */

/** `csv`: which requests results.csv keeps a row of (see csv-choice.ts). */
const csvSchema = (where: string) =>
  z
    .string()
    .describe(
      `which requests get a row in results.csv${where}: all, errors (only failed ones), sample:N (every failed one and one in N of the others) or none (the header only), when the run sets none of its own (--csv)`
    )
    .transform((value, ctx) => {
      const problem = csvChoiceProblem(value)
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem })
        return z.NEVER
      }
      const v = value.trim()
      return (v.startsWith('sample:') ? `sample:${Number(v.slice(7))}` : v) as CsvChoice
    })

export const endpointSchema = z.strictObject({
  ...requestFields,
  ...sessionFields,
  weight: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000).default(1),
  thresholds: endpointThresholdsSchema.optional()
})

export const setupRequestSchema = z.strictObject({
  ...requestFields,
  capture: z
    .record(
      z
        .string()
        .regex(CAPTURE_NAME, 'capture names use letters, digits, _ and - (and start with a letter or _)'),
      checkedString((p) => {
        const steps = parseJsonPath(p)
        return typeof steps === 'string' ? steps : undefined
      })
    )
    .optional()
    .describe(
      'values taken from the JSON response, by path ($.access_token), for {{name}} in later requests; treated as secrets'
    )
})

export const dataSchema = z
  .strictObject({
    file: z
      .string()
      .min(1)
      .describe('CSV with a header row, or a JSON array of objects; relative to this file'),
    order: z
      .enum(DATA_ORDERS)
      .default('sequence')
      .describe(
        'sequence (in order, then again), random, unique (each row once, then the run ends), or per_user (a row per virtual user for its whole life: its credentials)'
      )
  })
  .describe('rows that fill {{column}} placeholders, one row per request that uses them')

export const serviceSchema = z
  .strictObject({
    base_url: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http:// or https:// URL'
      })
      .refine((u) => !hasControlCharacter(u), {
        message: 'must not contain control characters such as CR or LF'
      })
      .refine((u) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(u), {
        message:
          'must not contain credentials (user:password@): they would be logged; send them in a header, e.g. headers: { Authorization: "Basic ${PERF_GATE_BASIC_AUTH}" }'
      })
      .optional()
      .describe('scheme, host and port (and an optional path prefix) of the service'),
    port: z
      .number()
      .int()
      .min(1)
      .max(65535)
      .optional()
      .describe('port on localhost, when base_url is not set'),
    headers: headersSchema.optional(),
    endpoints: z.array(endpointSchema).min(1, 'needs at least one endpoint').optional(),
    journeys: z
      .array(journeySchema, { error: 'must be a list of journeys, each with a name and steps' })
      .min(1, 'needs at least one journey')
      .max(50, 'at most 50 journeys')
      .superRefine(checkJourneyNames)
      .optional()
      .describe('virtual users that log in, browse and check the answers, in place of endpoints'),
    cookies: z
      .boolean()
      .optional()
      .describe(
        'a cookie jar per virtual user (Set-Cookie honoured as a browser does); default: on with journeys, off with endpoints'
      ),
    thresholds: thresholdsSchema.optional(),
    rps: z
      .number()
      .positive('must be above 0')
      .max(LIMITS.rps)
      .optional()
      .describe('requests per second, paced, when the run sets no rate of its own (--rps, input rps)'),
    data: dataSchema.optional(),
    setup: z
      .array(setupRequestSchema)
      .min(1)
      .max(20)
      .optional()
      .describe('requests sent once, in order, before the load (a login); a failing one stops the run'),
    warmup: duration(
      'load sent first and left out of every metric (e.g. 10s), when the run sets none of its own (--warmup)'
    ).optional(),
    drift: driftSchema.optional(),
    csv: csvSchema(' of this service (over the top-level csv)').optional()
  })
  .refine((s) => !(s.base_url && s.port), {
    message: 'set either base_url or port, not both'
  })
  .refine((s) => !(s.endpoints && s.journeys), {
    message: 'set either endpoints or journeys, not both (an endpoint is a one-step journey)'
  })

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    services: z
      .record(
        z.string().regex(/^[A-Za-z0-9_.-]+$/, 'service names use letters, digits, _ . -'),
        serviceSchema
      )
      .optional(),
    thresholds: thresholdsSchema.optional(),
    fail_on: z.enum(FAIL_ON_VALUES as [string, ...string[]]).optional(),
    csv: csvSchema(' of every service').optional(),
    tolerances: tolerancesSchema.optional(),
    drift: driftSchema.optional(),
    tls: z
      .strictObject({
        insecure: z
          .boolean()
          .optional()
          .describe(
            'skip certificate and host name checks of https targets (said in the output and the report)'
          ),
        ca: z
          .string()
          .min(1)
          .optional()
          .describe('PEM file of a CA to trust besides the built-in ones, relative to this file')
      })
      .optional()
      .describe('how https targets are verified (default: certificates and host names checked)'),
    ab: z
      .strictObject({
        max_duration: duration(
          'while undecided, look again after each further duration, up to this long in all (--max-duration, input max-duration; bisect: each step)'
        ).optional(),
        pairing: z
          .enum(AB_PAIRINGS)
          .optional()
          .describe(
            'alternate (default): one side at a time, A B B A …; duet: both sides at once, slice beside slice, so a noisy machine slows both alike (--pairing, input pairing)'
          )
      })
      .optional()
      .describe('A/B runs (perf-gate ab, mode ab, and each step of perf-gate bisect)'),
    fail_on_regression: z
      .union([z.enum(FAIL_ON_REGRESSION_VALUES), z.boolean()])
      .optional()
      .describe(
        'when a baseline comparison fails the run: regression (default, or true), inconclusive (also when undecided), never (or false)'
      )
  })
  .describe('perf-gate configuration')

export type EndpointConfig = z.output<typeof endpointSchema>
export type SetupRequestConfig = z.output<typeof setupRequestSchema>
export type ServiceConfig = z.output<typeof serviceSchema>
/** A service as written (in perf-gate.yml, or in code): defaults not yet filled in. */
export type ServiceInput = z.input<typeof serviceSchema>
export type ConfigFile = z.output<typeof configSchema>

/** JSON Schema (draft 2020-12) of what users write, for editor completion. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, {
    io: 'input',
    unrepresentable: 'any'
  }) as Record<string, unknown>
}
