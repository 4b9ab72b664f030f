import { z } from 'zod'
import { LIMITS } from './defaults.js'
import { encodeRequestPath, headerValueProblem, requestPathProblem } from './http-grammar.js'
import { parseSeconds } from './units.js'

/** What every request of a config has (endpoints, setup requests, journey steps), and the field types they share. */

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/** A string that must pass `problem` (which says why not), then becomes `fix(value)`. */
export const checkedString = (
  problem: (v: string) => string | undefined,
  fix: (v: string) => string = (v) => v,
  /** what a value that is no string at all is told (zod's own says only "expected string") */
  notAString?: string
) =>
  z.string(notAString ? { error: notAString } : undefined).transform((value, ctx) => {
    const why = problem(value)
    if (why === undefined) return fix(value)
    ctx.addIssue({ code: 'custom', message: why })
    return z.NEVER
  })

export const headersSchema = z
  .record(
    z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a valid HTTP header name'),
    checkedString(headerValueProblem)
  )
  .describe(
    'HTTP headers; values may use ${ENV_VAR} or ${ENV_VAR:-default} (treated as secrets) and {{name}} placeholders'
  )

/** What every request has, in the load and in the setup step. */
export const requestFields = {
  path: z
    .string()
    .startsWith('/', 'must start with /')
    .pipe(checkedString(requestPathProblem, encodeRequestPath))
    .describe(
      'request path and query; may use {{name}} placeholders and ${ENV_VAR}; spaces and other characters a URL cannot hold are %-encoded'
    ),
  method: z
    .string()
    .default('GET')
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(METHODS, { message: `must be one of ${METHODS.join(', ')}` })),
  body: z
    .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())], {
      error: 'must be a text, or a mapping or list sent as JSON'
    })
    .optional()
    .describe(
      'request body; an object or array is sent as JSON; may use {{name}} placeholders and ${ENV_VAR}'
    ),
  headers: headersSchema.optional()
}

export const CAPTURE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

export const duration = (what: string) =>
  z
    .union([z.number(), z.string()], { error: 'must be a duration such as 10s or 1m' })
    .describe(what)
    .transform((value, ctx) => {
      const n = parseSeconds(value)
      if (n === undefined || n > LIMITS.duration) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a duration such as 10s or 1m (got ${JSON.stringify(value)})`
        })
        return z.NEVER
      }
      return n
    })
