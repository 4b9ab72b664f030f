import { encodePathValue } from './http-grammar.js'
import { isSensitiveHeader } from './interpolate.js'
import { hasPlaceholder } from './template.js'

/**
 * The secrets worth handing to a log masker (the action's `core.setSecret`):
 * values only. A credential header written as a template (`Authorization:
 * Bearer {{token}}`) is kept among a target's secrets so reports redact it,
 * but its text is no value: masking it would hide the config's own wording
 * and nothing else, while the value that fills it (the captured token) is a
 * secret of its own once known. Empty strings would mask nothing useful.
 * Each value goes with its encoded forms (%-encoded, JSON-escaped): a value
 * in a path is logged as the request line carries it.
 */
export function maskable(secrets: readonly string[]): string[] {
  return [
    ...new Set(secrets.filter((s) => s.trim() !== '' && !hasPlaceholder(s)).flatMap((s) => secretForms(s)))
  ]
}

/**
 * Every form a secret takes on its way out: as it is, %-encoded as a path
 * or query carries it (encodeURIComponent, encodeURI, and the request line's
 * own encoding, which leaves `/?&=` alone; form-encoded) and JSON-escaped (a body, a
 * document). A value put in a path is %-encoded before anything sees it, so
 * looking for the raw value alone let the encoded one through.
 */
export function secretForms(secret: string): string[] {
  // a form body or a query string: spaces as +
  const form = new URLSearchParams({ v: secret }).toString().slice(2)
  // JSON-escaped twice too: a server that echoes a JSON request body inside its own JSON answer
  const forms = [secret, jsonEscape(secret), jsonEscape(jsonEscape(secret)), encodePathValue(secret), form]
  for (const encode of [encodeURIComponent, encodeURI]) {
    try {
      forms.push(encode(secret))
    } catch {
      // a lone surrogate cannot be encoded, so it cannot go out encoded either
    }
  }
  // the longest first: a form that holds another is replaced whole
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}

/**
 * The values a request holds literally in credential-like fields of its
 * body (JSON or form-encoded) or its query string (`/login?password=…`):
 * secrets written in the config, which no `${VAR}` marked as such.
 */
export function requestCredentials(request: { path: string; body?: string }): string[] {
  // `{{password}}` is no value: the one that fills it is a secret of its own (captured, or a data column)
  return [...literalCredentials(request.body), ...queryCredentials(request.path)].filter(
    (v) => !hasPlaceholder(v)
  )
}

/** The values of credential-like fields in a JSON or form-encoded request body. */
function literalCredentials(requestBody: string | undefined): string[] {
  if (!requestBody) return []
  const out: string[] = []
  const json = parseJson(requestBody)
  if (json !== undefined) collect(json, out)
  else for (const [k, v] of new URLSearchParams(requestBody)) if (isSensitiveHeader(k) && v) out.push(v)
  return out
}

/** The values of credential-like parameters in a request path's query (`/login?password=…`). */
function queryCredentials(path: string | undefined): string[] {
  const query = path?.split('?')[1]
  if (!query) return []
  return [...new URLSearchParams(query)].filter(([k, v]) => isSensitiveHeader(k) && v).map(([, v]) => v)
}

function collect(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) collect(v, out)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (isSensitiveHeader(k) && (typeof v === 'string' || typeof v === 'number')) out.push(String(v))
      else collect(v, out)
    }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
