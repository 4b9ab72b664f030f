import type { Endpoint } from '../config/resolve.js';
/** Sent unless the config sets its own; lets a service tell test traffic apart in its logs. */
export declare const USER_AGENT = "perf-gate/0.1.0";
export declare function withUserAgent(headers: Record<string, string>, userAgent?: string): Record<string, string>;
/** An autocannon request tagged with the index of its endpoint (autocannon deep-clones requests, so identity is lost). */
export interface TaggedRequest {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
    ep: number;
}
/**
 * The cycle of requests every connection walks through. Weights are honoured
 * by smooth weighted round-robin (nginx's), so a 3:1 split sends A A B A, not A A A B.
 */
export declare function requestCycle(endpoints: readonly Endpoint[]): TaggedRequest[];
