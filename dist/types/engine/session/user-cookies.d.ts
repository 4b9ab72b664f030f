/**
 * One virtual user's cookies, kept as a browser keeps them: tough-cookie
 * applies RFC 6265's rules (domain and path matching, expiry, Max-Age,
 * Secure, replacement by name). Loose mode takes a bare `value` cookie as
 * browsers do; a cookie the rules refuse is dropped, never an error of the run.
 */
export declare class UserCookies {
    private readonly jar;
    /** no cookie was ever stored: most requests of a cookie-less service skip the lookup */
    private empty;
    /** The Set-Cookie headers of an answer to `url`. */
    store(setCookies: readonly string[], url: string): void;
    /** Forgets every cookie: the user starts a new session (on_fail: login). */
    clear(): void;
    /** The Cookie header's value for a request to `url` ('' when none applies). */
    header(url: string): string;
}
