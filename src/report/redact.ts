import { isSensitiveHeader } from '../config/interpolate.js'
import { secretForms } from '../config/secrets.js'

export const REDACTED = '***'

/** Header values as they may be shown: credentials and environment values replaced. */
export function redactHeaders(
  headers: Record<string, string>,
  secrets: readonly string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [
      k,
      isSensitiveHeader(k) || secrets.includes(v) ? REDACTED : redactText(v, secrets)
    ])
  )
}

/** Replaces every occurrence of a secret, in any form it takes (raw, %-encoded, JSON-escaped), in a string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length < 3) continue
    for (const s of secretForms(secret)) if (out.includes(s)) out = out.split(s).join(REDACTED)
  }
  return out
}

/** A deep copy with every string redacted: the last safety net before anything is written. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value
  if (typeof value === 'string') return redactText(value, secrets) as T
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      // an encoded histogram is data, not text: a short secret could occur in it by chance
      Object.entries(value).map(([k, v]) => [k, k === 'hdr' ? v : redactDeep(v, secrets)])
    ) as T
  }
  return value
}
