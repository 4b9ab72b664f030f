import { type AbPairing } from './ab-pairing.js';
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
    /**
     * `--max-duration` (or the config's `ab.max_duration`): while undecided,
     * more looks of `duration` each, up to this many seconds (a whole number of
     * looks, at most MAX_LOOKS); unset, or equal to `duration`: one look
     */
    maxDuration?: number;
    /**
     * `alternate` (unset: the config's `ab.pairing`, else this): one side at a
     * time, A B B A …, each side half the run; `duet`: both sides at once
     * through the whole run, slice k of A beside slice k of B, so a noisy
     * neighbour's burst slows both alike (duet benchmarking, Bulej et al.
     * 2020): the two services share the machine
     */
    pairing?: AbPairing;
}
export interface RawAbRequest extends Omit<RawRunRequest, 'mode' | 'baseUrl' | 'rampUp' | 'steps' | 'stopOnBreak'> {
    aUrl?: string;
    bUrl?: string;
    slice?: string | number;
    maxDuration?: string | number;
    pairing?: string;
}
export interface AbLabels {
    run: FieldLabels;
    aUrl: string;
    bUrl: string;
    slice: string;
    maxDuration: string;
    pairing: string;
}
/** Fewer slices than this (5 pairs) and the comparison cannot decide: the run is refused up front. */
export declare const MIN_AB_SLICES = 10;
/** `--max-duration`: the most looks a run may plan (the O'Brien–Fleming table's end, gate/sequential.ts). */
export declare const MAX_LOOKS = 10;
/** Seconds: the shortest slice of one side. */
export declare const MIN_AB_SLICE = 0.5;
export declare function parseAbRequest(raw: RawAbRequest, labels: AbLabels): AbRequest;
/** `--max-duration` as a whole number of looks of `duration`, from 1 to MAX_LOOKS; in seconds. */
export declare function lookCap(raw: RawAbRequest['maxDuration'], duration: number, labels: Pick<AbLabels, 'maxDuration'> & {
    run: Pick<FieldLabels, 'duration'>;
}): number;
/**
 * The config's `ab` settings for what the run did not set itself: its
 * `max_duration` (checked against the run's duration, its errors naming the
 * config's line) and its `pairing`; the request as it was otherwise.
 */
export declare function withConfigAb(request: AbRequest, config: {
    abMaxDuration?: {
        seconds: number;
        field: string;
    };
    abPairing?: AbPairing;
}, durationLabel: string): AbRequest;
