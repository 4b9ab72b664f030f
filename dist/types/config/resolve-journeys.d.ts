import type { JourneyConfig, StepConfig } from './journey-schema.js';
import type { Endpoint } from './resolve.js';
import { type Journey } from './session-rules.js';
/**
 * A service's journeys as the engine walks them: every step becomes an
 * endpoint of the target, named `journey/step`, so each step has the
 * figures, thresholds and comparisons an endpoint has; a journey lists its
 * steps by endpoint index.
 */
export declare function resolveJourneys(configs: readonly JourneyConfig[], fill: (step: StepConfig, at: string) => Omit<Endpoint, 'weight'>): {
    journeys: Journey[];
    endpoints: Endpoint[];
};
