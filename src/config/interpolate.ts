import { InputError } from './errors.js'
import { headerValueProblem } from './http-grammar.js'

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g

/** Header names whose values are credentials even when written literally. */
const SENSITIVE_HEADER =
  /auth|key|token|secret|cookie|password|passwd|pwd|passphrase|passcode|session|credential|signature/i

/**
 * Replaces `${VAR}` / `${VAR:-default}` in header values from `env`.
 * Every interpolated value, and every value of a credential-like header, is
 * pushed to `secrets` so that reports and logs can redact it.
 */
export function interpolateHeaders(
  headers: Record<string, string>,
  env: Readonly<Record<string, string | undefined>>,
  where: string,
  secrets: string[]
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, template] of Object.entries(headers)) {
    let interpolated = false
    const value = template.replace(VAR, (_m, key: string, fallback: string | undefined) => {
      interpolated = true
      const v = env[key]
      if (v !== undefined && v !== '') {
        secrets.push(v)
        return v
      }
      if (fallback !== undefined) return fallback
      throw new InputError(
        `${where}.${name}`,
        `environment variable ${key} is not set (export it, or write \${${key}:-default})`
      )
    })
    if (interpolated || SENSITIVE_HEADER.test(name)) secrets.push(value)
    // an environment variable can bring a CR/LF the config file could not
    const why = headerValueProblem(value)
    if (why) throw new InputError(`${where}.${name}`, `its value from the environment ${why}`)
    out[name] = value
  }
  return out
}

/**
 * Replaces `${VAR}` / `${VAR:-default}` in a path or body from `env`; each
 * value is a secret, and goes in through `encode` (%-encoded in a path,
 * JSON-escaped in a JSON body).
 */
export function interpolateText(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
  where: string,
  secrets: string[],
  encode: (value: string) => string
): string {
  return text.replace(VAR, (_m, key: string, fallback: string | undefined) => {
    const v = env[key]
    if (v !== undefined && v !== '') {
      secrets.push(v)
      return encode(v)
    }
    if (fallback !== undefined) return encode(fallback)
    throw new InputError(
      where,
      `environment variable ${key} is not set (export it, or write \${${key}:-default})`
    )
  })
}

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name)
}
