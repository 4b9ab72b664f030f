import { Cookie, CookieJar } from 'tough-cookie'

/** The latest time a Date holds (ms since 1970). */
const MAX_DATE_MS = 8.64e15

/**
 * One virtual user's cookies, kept as a browser keeps them: tough-cookie
 * applies RFC 6265's rules (domain and path matching, expiry, Max-Age,
 * Secure, replacement by name). Loose mode takes a bare `value` cookie as
 * browsers do; a cookie the rules refuse is dropped, never an error of the run.
 */
export class UserCookies {
  private readonly jar = new CookieJar(undefined, { looseMode: true })
  /** no cookie was ever stored: most requests of a cookie-less service skip the lookup */
  private empty = true

  /** The Set-Cookie headers of an answer to `url`. */
  store(setCookies: readonly string[], url: string): void {
    for (const header of setCookies) {
      const parsed = Cookie.parse(header, { loose: true })
      if (!parsed) continue
      const cookie = this.jar.setCookieSync(expiresAtReceipt(parsed, Date.now()), url, { ignoreError: true })
      if (cookie) this.empty = false
    }
  }

  /** Forgets every cookie: the user starts a new session (on_fail: login). */
  clear(): void {
    this.jar.removeAllCookiesSync()
    this.empty = true
  }

  /** The Cookie header's value for a request to `url` ('' when none applies). */
  header(url: string): string {
    return this.empty ? '' : this.jar.getCookieStringSync(url)
  }
}

/**
 * RFC 6265 §5.2.2: Max-Age sets the expiry time once, when the cookie comes
 * (now plus its seconds; 0 or less: the earliest time). tough-cookie counts
 * it from the cookie's last access instead, which every lookup moves on: a
 * cookie sent more often than its Max-Age would never expire. It becomes the
 * Expires it stands for (Max-Age wins over an Expires of its own, §5.3 step 3).
 */
function expiresAtReceipt(c: Cookie, nowMs: number): Cookie {
  if (typeof c.maxAge !== 'number') return c
  c.expires = new Date(c.maxAge <= 0 ? 0 : Math.min(nowMs + c.maxAge * 1000, MAX_DATE_MS))
  c.maxAge = null
  return c
}
