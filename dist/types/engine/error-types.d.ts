/**
 * The error types of metrics.json (docs/reference/metrics-json.md), and how a failed request is classified.
 * Codes are small integers so the recorder can keep them in a byte.
 */
export declare const ERROR_TYPES: readonly ["timeout", "connection_refused", "connection_reset", "http_4xx", "rate_limited", "http_5xx", "malformed_response", "dns", "tls", "other", "check_failed"];
export type ErrorType = (typeof ERROR_TYPES)[number];
/** Counts by error type as metrics.json writes them: in ERROR_TYPES order, only the types that occurred. */
export declare function byErrorType(counts: ReadonlyMap<ErrorType, number>): Partial<Record<ErrorType, number>>;
/** 0 means success; 1..n index ERROR_TYPES + 1. */
export declare const NO_ERROR = 0;
export declare function errorCode(type: ErrorType): number;
export declare function errorTypeOf(code: number): ErrorType | undefined;
/** Success is any 2xx or 3xx answer. */
export declare function classifyStatus(status: number): ErrorType | undefined;
/**
 * The message of an HTTP 429: `rate limited (HTTP 429, Retry-After: 5)`. A
 * Retry-After date becomes the seconds it was away; a value that is neither
 * is cut short. The caller bounds how many distinct messages it keeps.
 */
export declare function rateLimitedMessage(retryAfter: string | undefined, nowMs: number): string;
/** Beyond this many distinct Retry-After values, their 429s share one message. */
export declare const MAX_RETRY_AFTER_MESSAGES = 8;
export declare const RATE_LIMITED_VARIED = "rate limited (HTTP 429, Retry-After: varied)";
/** Classifies a socket error by its code; the message is kept for `other`. */
export declare function classifySocketError(err: {
    code?: string;
    message?: string;
}): ErrorType;
export declare function isTlsErrorCode(code: string | undefined): boolean;
