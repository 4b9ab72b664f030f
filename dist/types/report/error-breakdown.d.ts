import { type ErrorType } from '../engine/error-types.js';
import type { EndpointErrorCount, EndpointMetrics, ErrorMessageCount } from '../metrics/types.js';
/**
 * What went wrong, in words every view shares: the statuses behind http_4xx
 * and http_5xx (401 is not 404), HTTP 429 named "rate limited" with the
 * Retry-After the server gave, and which endpoints failed.
 */
/** How many endpoints a summary line names before "and N more". */
export declare const WORST_ENDPOINTS = 5;
/** What errorTypesLine reads of a run: metrics.json's error figures. */
export interface ErrorFigures {
    error_types: Partial<Record<ErrorType, number>>;
    status_codes: Record<string, number>;
    error_messages: ErrorMessageCount[];
    per_endpoint?: readonly Pick<EndpointMetrics, 'errors'>[];
}
/**
 * `http_4xx 9,000 (401 ×9,000), rate_limited 330 (HTTP 429, Retry-After: 5)`:
 * each error type with its statuses (HTTP types, failed checks) or its
 * Retry-After values. Each failed request is under one type only.
 */
export declare function errorTypesLine(m: ErrorFigures): string;
/**
 * The statuses of each error type's requests, most first. From the
 * endpoints' failures by (type, status), since a status alone does not say
 * its type: a 403 whose `check: {status: 200}` failed is a check_failed, not
 * an http_4xx, and the run-wide status_codes would list it under both. A
 * document without them (older) falls back on classifying status_codes, but
 * only when no check could have claimed a status.
 */
export declare function statusesByType(m: ErrorFigures): Map<ErrorType, [number, number][]>;
/** One failure kind of an endpoint: `HTTP 401`, `HTTP 429 rate limited`, `timeout`. */
export declare function errorLabel(e: Pick<EndpointErrorCount, 'type' | 'status'>): string;
/** `HTTP 401 ×9,000, timeout ×3`: an endpoint's most frequent failures. */
export declare function endpointErrorsText(ep: Pick<EndpointMetrics, 'errors'>, max?: number): string;
/** The endpoints that failed, worst first: by error rate, then by failed requests. */
export declare function worstEndpoints<E extends EndpointMetrics>(endpoints: readonly E[]): E[];
/** `9,000 of 9,000 failed (100.00%)` */
export declare function failedShare(ep: Pick<EndpointMetrics, 'failed_requests' | 'total_requests' | 'error_rate'>): string;
/** `100.00% (HTTP 401)`: an endpoint's error rate with its most frequent failure. */
export declare function errorRateText(ep: Pick<EndpointMetrics, 'error_rate' | 'errors'>): string;
/** The name a status goes by in a status-code table: 429 is "429 rate limited". */
export declare function statusCodeLabel(code: string): string;
