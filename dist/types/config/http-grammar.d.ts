/**
 * What may go into a request line and a header, by RFC 9110 / RFC 3986. A
 * CR or LF in a path or a header value would end the line early and let the
 * rest be read as another header (request-line injection); a raw space would
 * split the request line. Both come from config files and environment
 * variables, so they are checked before anything is sent.
 */
export declare function hasControlCharacter(s: string): boolean;
/** `X-A\r\nB` → `X-A\\r\\nB`: a name from the input shown on one line, its control characters escaped. */
export declare function escapeControlCharacters(s: string): string;
/** Why `path` cannot be a request target, or undefined when it can (after `encodeRequestPath`). */
export declare function requestPathProblem(path: string): string | undefined;
/**
 * `/a b/ü?q=x y` → `/a%20b/%C3%BC?q=x%20y`: what the request line carries;
 * escapes already there are kept, and so are placeholders (`{{id}}`, `${VAR}`).
 */
export declare function encodeRequestPath(path: string): string;
/**
 * A `${VAR}` value put into a path: what a URL cannot hold %-encoded (`#`,
 * spaces, CR and LF among them). `/`, `?`, `&` and `=` stay: a variable may
 * name a part of the path or of the query (`${API_PREFIX}` = `/v2`).
 */
export declare function encodePathValue(value: string): string;
/**
 * A data, captured or generated value put into a path: one component, every
 * character but RFC 3986's unreserved ones and `!'()*` %-encoded — `/ ? & = + # %`
 * too, so `a/b&c=d` stays one value (`a%2Fb%26c%3Dd`) and the server decodes
 * exactly the value the data holds.
 */
export declare function encodePathComponent(value: string): string;
/** Why `value` cannot be a header value, or undefined. The value itself is never quoted: it may be a secret. */
export declare function headerValueProblem(value: string): string | undefined;
