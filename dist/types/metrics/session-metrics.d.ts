import type { Endpoint } from '../config/resolve.js';
import type { SessionSummary } from '../engine/session/session-stats.js';
import type { Metrics } from './types.js';
/**
 * The figures of virtual users beyond their requests: each journey's
 * iterations and their durations (the steps' response times added up, think
 * time left out), and the pass rate of every check. From histograms and
 * counts, so they merge across workers and shards.
 */
export declare function sessionMetrics(summary: SessionSummary | undefined, endpoints: readonly Endpoint[], durationSec: number): Pick<Metrics, 'journeys' | 'checks' | 'check_pass_rate'>;
/** Each endpoint's (step's) share of its checks that passed, for its figures and thresholds. */
export declare function endpointCheckRates(summary: SessionSummary | undefined, count: number): (number | undefined)[];
