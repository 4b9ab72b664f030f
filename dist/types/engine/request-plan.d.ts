import type { Endpoint } from '../config/resolve.js';
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
