import { z } from 'zod'
import { parseJsonPath } from './json-path.js'
import { CAPTURE_NAME, checkedString, duration, requestFields } from './request-schema.js'
import { checkSteps } from './journey-order.js'
import { endpointThresholdsSchema, journeyThresholdsSchema } from './threshold-schema.js'

/**
 * What a virtual user does with an answer (captures, checks) and how long it
 * pauses before its next request: the fields a journey step adds to a
 * request, and that an endpoint of a plain list may carry too.
 */

const jsonPath = checkedString(
  (p) => {
    const steps = parseJsonPath(p)
    return typeof steps === 'string' ? steps : undefined
  },
  undefined,
  'must be a JSON path into the body, such as $.token'
)

const regexSource = checkedString(
  (source) => {
    try {
      // checked as written first: an error then quotes the user's pattern, not the one counting groups
      new RegExp(source)
      const groups = new RegExp(`${source}|`).exec('')!.length - 1
      return groups === 0 ? 'needs a (group) around the part to capture' : undefined
    } catch (e) {
      return `is not a valid regular expression: ${(e as Error).message}`
    }
  },
  undefined,
  'must be a regular expression with a (group), as a text: "csrf=(\\w+)"'
)

const CAPTURE_FORMS = '$.path, { json: $.path }, { header: name } or { regex: "…(…)…" }'
const GROUP = 'must be a whole number from 1 to 9: which (group) to take'

const captureSource = z
  .union(
    [
      jsonPath.describe('a JSON path into the body: $.token'),
      z.strictObject({ json: jsonPath.describe('a JSON path into the body: $.token') }),
      z.strictObject({
        header: z
          .string({ error: 'must be an HTTP header name' })
          .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be an HTTP header name')
          .describe('a response header, by name (any case)')
      }),
      z.strictObject({
        regex: regexSource.describe(
          'a JavaScript regular expression run on the body; its first (group) is taken'
        ),
        group: z
          .number({ error: GROUP })
          .int(GROUP)
          .min(1, GROUP)
          .max(9, GROUP)
          .default(1)
          .describe('which (group) to take')
      })
    ],
    { error: `must be ${CAPTURE_FORMS}` }
  )
  .describe(CAPTURE_FORMS)

export const captureSchema = z
  .record(
    z
      .string()
      .regex(CAPTURE_NAME, 'capture names use letters, digits, _ and - (and start with a letter or _)'),
    captureSource,
    { error: 'must be a mapping of names to where each value is: { token: $.token }' }
  )
  .describe(
    "values taken from the answer for {{name}} in this user's later requests; each user keeps its own; treated as secrets"
  )

const STATUS = 'expected an HTTP status 100–599 or a list of them: 200 or [200, 201]'
const CONTAINS = 'must be a text the body must contain, or a list of them (none empty)'
const statusCode = z.number({ error: STATUS }).int(STATUS).min(100, STATUS).max(599, STATUS)

export const checkSchema = z
  .strictObject(
    {
      status: z
        .union([statusCode, z.array(statusCode).min(1, STATUS)], { error: STATUS })
        .optional()
        .describe('the status (or statuses) the answer must have; without it any 2xx or 3xx passes'),
      exists: z
        .array(jsonPath, { error: 'must be a list of JSON paths: [$.username]' })
        .min(1, 'must be a list of JSON paths: [$.username]')
        .optional()
        .describe('JSON paths that must be present in the body and not null: [$.username]'),
      equals: z
        .record(
          jsonPath,
          z.union([z.string(), z.number(), z.boolean(), z.null()], {
            error: 'must be a text, a number, true, false or null: the value the path must have'
          }),
          { error: 'must be a mapping of JSON paths to values: { $.role: admin }' }
        )
        .optional()
        .describe('JSON paths and the value each must have: { $.role: admin }'),
      contains: z
        .union([z.string().min(1, CONTAINS), z.array(z.string().min(1, CONTAINS)).min(1, CONTAINS)], {
          error: CONTAINS
        })
        .optional()
        .describe('text (or texts) the body must contain'),
      max_latency: duration('the longest response time that passes (e.g. 500ms)').optional()
    },
    { error: 'must be a mapping of status, exists, equals, contains or max_latency' }
  )
  .describe('what the answer must be; a failed check counts as a failed request (error type check_failed)')

export const thinkSchema = z
  .union(
    [
      duration('a pause: 1s'),
      z
        .tuple([duration('shortest pause'), duration('longest pause')], {
          error: 'a range is two pauses, the shorter first: [0.5s, 2s]'
        })
        .refine(([a, b]) => a <= b, { message: 'write the shorter pause first: [0.5s, 2s]' })
    ],
    { error: 'must be a pause such as 1s, or the shortest and longest of a range: [0.5s, 2s]' }
  )
  .describe('a pause after this request, before the user sends its next: 1s, or [0.5s, 2s] drawn uniformly')

export const ON_FAIL = ['continue', 'restart', 'login'] as const
const ON_FAIL_ERROR = `must be ${ON_FAIL.slice(0, -1).join(', ')} or ${ON_FAIL[ON_FAIL.length - 1]}`

/** The fields a request of a virtual user may add to a plain request. */
export const sessionFields = {
  capture: captureSchema.optional(),
  check: checkSchema.optional(),
  think: thinkSchema.optional()
}

const stepSchema = z.strictObject(
  {
    name: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, 'step names use letters, digits, _ . -')
      .optional()
      .describe('how figures name the step (journey/step); default: its place, step1, step2…'),
    ...requestFields,
    ...sessionFields,
    once: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe(
        "sent once in each user's life (a login) once it passed: a user whose once-steps failed sends them again at its next iteration; once-steps come first, the rest loop"
      ),
    on_fail: z
      .enum(ON_FAIL, { error: ON_FAIL_ERROR })
      .optional()
      .describe(
        "after a failed answer or check: continue with the next step, restart the journey's loop, or login: forget the user's session (its captured values and cookies) and start again from the once-steps, as a user whose session expired logs in again"
      ),
    thresholds: endpointThresholdsSchema.optional()
  },
  { error: 'must be a mapping: a request (path, method, headers, body) with capture, check, think, once…' }
)

const JOURNEY_NAME = 'journey names use letters, digits, _ . -'

export const journeySchema = z
  .strictObject(
    {
      name: z.string({ error: `needs a name: ${JOURNEY_NAME}` }).regex(/^[A-Za-z0-9_.-]+$/, JOURNEY_NAME),
      weight: z
        .number({ error: 'must be a whole number from 1 to 1000' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(1000, 'must be at most 1000')
        .default(1)
        .describe("the journey's share of the iterations users start"),
      think: thinkSchema.optional().describe("every step's pause, where the step sets none"),
      on_fail: z
        .enum(ON_FAIL, { error: ON_FAIL_ERROR })
        .default('continue')
        .describe("every step's on_fail, where the step sets none"),
      steps: z
        .array(stepSchema, {
          error: 'must be a list of steps: [{ path: /login, once: true }, { path: /cart }]'
        })
        .min(1, 'needs at least one step')
        .max(100, 'at most 100 steps: split the journey'),
      thresholds: journeyThresholdsSchema.optional()
    },
    { error: 'must be a mapping with a name and steps' }
  )
  .superRefine(checkSteps)

export type JourneyConfig = z.output<typeof journeySchema>
export type StepConfig = JourneyConfig['steps'][number]
export type CaptureConfig = z.output<typeof captureSchema>
export type CheckConfig = z.output<typeof checkSchema>
export type ThinkConfig = z.output<typeof thinkSchema>
