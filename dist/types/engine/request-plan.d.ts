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
/** One round of smooth weighted round-robin over `weights`: the index chosen at each turn. */
export declare function smoothWeightedOrder(weights: readonly number[]): number[];
/**
 * Where the run is in the request cycle. Every connection takes its next
 * request from this one position, not from a cycle of its own: a connection
 * opened for a short run (an A/B slice, a paced run's extra connection)
 * would otherwise start at the cycle's head each time, and a slow service
 * would only ever see the first endpoints. One position keeps the mix sent
 * on the weights however short the run, and a run that goes on after
 * another (the next slice) starts where that one stopped.
 */
export declare class CycleCursor {
    private readonly length;
    private position;
    constructor(length: number, start?: number);
    /** The index in the cycle of the next request to send; moves on. */
    next(): number;
    /** Where the next request will be taken from. */
    get at(): number;
}
