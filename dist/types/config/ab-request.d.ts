import { type FieldLabels, type LoadRequest, type RawRunRequest } from './run-request.js';
/**
 * An A/B run: the same load against two live targets, in alternating slices,
 * so drift and a noisy neighbour hit both sides alike. A is the baseline, B
 * the candidate.
 */
export interface AbRequest {
    /** the load of each slice (its duration is the whole run's; `baseUrl` unused) */
    load: LoadRequest;
    aUrl: URL;
    bUrl: URL;
    /** seconds of one slice */
    slice: number;
}
export interface RawAbRequest extends Omit<RawRunRequest, 'mode' | 'baseUrl' | 'rampUp' | 'steps' | 'stopOnBreak'> {
    aUrl?: string;
    bUrl?: string;
    slice?: string | number;
}
export interface AbLabels {
    run: FieldLabels;
    aUrl: string;
    bUrl: string;
    slice: string;
}
/** Fewer slices than this (5 pairs) and the comparison cannot decide: the run is refused up front. */
export declare const MIN_AB_SLICES = 10;
/** Seconds: the shortest slice of one side. */
export declare const MIN_AB_SLICE = 0.5;
export declare function parseAbRequest(raw: RawAbRequest, labels: AbLabels): AbRequest;
