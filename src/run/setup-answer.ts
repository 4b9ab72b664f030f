import { isSensitiveHeader } from '../config/interpolate.js'
export { requestCredentials } from '../config/secrets.js'
import { redactText, REDACTED } from '../report/redact.js'

/** Long enough for an API's error object, short enough for one line of a CI log. */
export const MAX_SNIPPET = 300

/**
 * A failed setup answer's body as one bounded line: JSON compacted (a pretty
 * printed error object used to show as its first line, `{`), any other text
 * with its line breaks folded. Redacted before it is cut, so no part of a
 * secret survives: the run's secrets, the values of credential-like fields
 * (`password`, `token`…) in the answer, and those the request held
 * literally (requestCredentials), which a server may echo back (in any
 * form: redactText looks for each one raw, %-, form- and JSON-encoded).
 */
export function answerSnippet(body: string, secrets: readonly string[]): string {
  const trimmed = body.trim()
  if (!trimmed) return ''
  const json = parseJson(trimmed)
  const text = json.ok ? JSON.stringify(maskSensitive(json.value)) : trimmed.replace(/\s+/g, ' ')
  const redacted = redactText(text, secrets)
  // a control character would act on the terminal that shows it
  // eslint-disable-next-line no-control-regex
  const line = redacted.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return line.length > MAX_SNIPPET ? `${line.slice(0, MAX_SNIPPET - 1)}…` : line
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** A copy with the value of every credential-like key replaced. */
function maskSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSensitive)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        isSensitiveHeader(k) && v !== null && typeof v !== 'object' ? REDACTED : maskSensitive(v)
      ])
    )
  return value
}
