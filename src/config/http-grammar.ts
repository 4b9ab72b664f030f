/**
 * What may go into a request line and a header, by RFC 9110 / RFC 3986. A
 * CR or LF in a path or a header value would end the line early and let the
 * rest be read as another header (request-line injection); a raw space would
 * split the request line. Both come from config files and environment
 * variables, so they are checked before anything is sent.
 */

/** Control characters: never valid in a URL or request target (a URL parser would drop CR, LF and tab silently). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f]/

export function hasControlCharacter(s: string): boolean {
  return CONTROL.test(s)
}

/** `X-A\r\nB` → `X-A\\r\\nB`: a name from the input shown on one line, its control characters escaped. */
export function escapeControlCharacters(s: string): string {
  return s.replace(new RegExp(CONTROL.source, 'g'), (c) => JSON.stringify(c).slice(1, -1))
}

/** Characters a request target may carry as they are: RFC 3986 pchar, `/`, `?` and `%` escapes. */
const NOT_TARGET_CHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})/gu

/** Why `path` cannot be a request target, or undefined when it can (after `encodeRequestPath`). */
export function requestPathProblem(path: string): string | undefined {
  if (hasControlCharacter(path))
    return 'must not contain control characters such as CR or LF (they would end the request line)'
  if (path.includes('#')) return 'must not contain # (a fragment is never sent to the server)'
  return undefined
}

/** `{{name}}` and `${VAR}`: filled in later, each value encoded then */
const PLACEHOLDERS = /(\{\{[^{}]*\}\}|\$\{[^}]*\})/

/**
 * `/a b/ü?q=x y` → `/a%20b/%C3%BC?q=x%20y`: what the request line carries;
 * escapes already there are kept, and so are placeholders (`{{id}}`, `${VAR}`).
 */
export function encodeRequestPath(path: string): string {
  return path
    .split(PLACEHOLDERS)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c))))
    .join('')
}

/**
 * A `${VAR}` value put into a path: what a URL cannot hold %-encoded (`#`,
 * spaces, CR and LF among them). `/`, `?`, `&` and `=` stay: a variable may
 * name a part of the path or of the query (`${API_PREFIX}` = `/v2`).
 */
export function encodePathValue(value: string): string {
  return value.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c))
}

/** A UTF-16 half without its other half: encodeURIComponent throws on one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A data, captured or generated value put into a path: one component, every
 * character but RFC 3986's unreserved ones and `!'()*` %-encoded — `/ ? & = + # %`
 * too, so `a/b&c=d` stays one value (`a%2Fb%26c%3Dd`) and the server decodes
 * exactly the value the data holds.
 */
export function encodePathComponent(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'))
}

/** Bytes a header value may not hold (RFC 9110 field-value: visible characters, space, tab, obs-text). */
const NOT_FIELD_VALUE = /[^\t\u0020-\u007e\u0080-\u00ff]/

/** Why `value` cannot be a header value, or undefined. The value itself is never quoted: it may be a secret. */
export function headerValueProblem(value: string): string | undefined {
  if (!NOT_FIELD_VALUE.test(value)) return undefined
  return /[\r\n]/.test(value)
    ? 'must not contain CR or LF (they would start another header)'
    : 'must hold only visible characters, spaces and tabs (no control characters or characters above U+00FF)'
}
