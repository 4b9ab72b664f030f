import type { LoadTestResult } from '../engine/result.js';
import type { Metrics } from './types.js';
/**
 * Every number of a run, computed from the recorder's rows. Response-time
 * metrics cover every request: a response's time, a timeout's wait, a
 * connection error's time to fail. A request is successful when it got a
 * 2xx or 3xx answer.
 */
export declare function calculateMetrics(result: LoadTestResult): Metrics;
