import type { Endpoint } from '../config/resolve.js';
import type { SessionSummary } from '../engine/session/session-stats.js';
import type { EndpointMetrics, Metrics } from './types.js';
/**
 * What the journey figures need of an endpoint, and all of it: a run reads
 * it from its target, a merged run from its shards' `mergeable`, and both
 * then compute the same figures the same way.
 */
export interface StepInfo {
    name: string;
    /** a journey's step: the journey's and the step's names */
    journey?: string;
    step?: string;
    /** sent once in a user's life (a login) */
    once: boolean;
    /** the mean pause after the step, seconds (0: none) */
    think: number;
}
export declare function stepInfos(endpoints: readonly Endpoint[]): StepInfo[];
/** A step's own fields of per_endpoint: its journey and step, its checks' pass rate. */
export declare function stepFields(s: StepInfo, checkPassRate: number | undefined): Pick<EndpointMetrics, 'journey' | 'step' | 'check_pass_rate'>;
/**
 * The figures of virtual users beyond their requests: each journey's
 * iterations and their durations (the steps' response times added up, think
 * time left out), and the pass rate of every check. From histograms and
 * counts, so they merge across workers and shards.
 */
export declare function sessionMetrics(summary: SessionSummary | undefined, steps: readonly StepInfo[], durationSec: number): Pick<Metrics, 'journeys' | 'checks' | 'check_pass_rate'>;
/** Each endpoint's (step's) share of its checks that passed, for its figures and thresholds. */
export declare function endpointCheckRates(summary: SessionSummary | undefined, count: number): (number | undefined)[];
