import { type Thresholds } from '../config/thresholds.js';
import type { ResourceMetrics } from '../metrics/resources.js';
import { type ThresholdCheck } from './evaluate.js';
/** Why the memory threshold could not be judged when no process was watched at all. */
export declare const NOT_WATCHED = "no service process was watched: start it with --start, or give its pid with --watch-pid (action inputs start, watch-pid)";
/**
 * The thresholds on the service's own process: its RSS growth per hour,
 * judged on the lower end of the slope's 95% interval, so only a growth
 * the run's noise cannot explain crosses a band. A threshold set but not
 * judgeable (no process watched, no /proc, too few samples, a stress ramp)
 * is a warning that says why, never a silent pass.
 */
export declare function resourceChecks(resources: ResourceMetrics | undefined, thresholds: Thresholds): ThresholdCheck[];
