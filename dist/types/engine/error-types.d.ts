/**
 * The error types of DESIGN.md, and how a failed request is classified.
 * Codes are small integers so the recorder can keep them in a byte.
 */
export declare const ERROR_TYPES: readonly ["timeout", "connection_refused", "connection_reset", "http_4xx", "http_5xx", "malformed_response", "dns", "tls", "other"];
export type ErrorType = (typeof ERROR_TYPES)[number];
/** Counts by error type as metrics.json writes them: in ERROR_TYPES order, only the types that occurred. */
export declare function byErrorType(counts: ReadonlyMap<ErrorType, number>): Partial<Record<ErrorType, number>>;
/** 0 means success; 1..n index ERROR_TYPES + 1. */
export declare const NO_ERROR = 0;
export declare function errorCode(type: ErrorType): number;
export declare function errorTypeOf(code: number): ErrorType | undefined;
/** Success is any 2xx or 3xx answer. */
export declare function classifyStatus(status: number): ErrorType | undefined;
/** Classifies a socket error by its code; the message is kept for `other`. */
export declare function classifySocketError(err: {
    code?: string;
    message?: string;
}): ErrorType;
export declare function isTlsErrorCode(code: string | undefined): boolean;
