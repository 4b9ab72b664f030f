import { CookieJar } from 'tough-cookie'

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
      const cookie = this.jar.setCookieSync(header, url, { ignoreError: true })
      if (cookie) this.empty = false
    }
  }

  /** The Cookie header's value for a request to `url` ('' when none applies). */
  header(url: string): string {
    return this.empty ? '' : this.jar.getCookieStringSync(url)
  }
}
