import type { Endpoint } from './resolve.js';
import type { Journey } from './session-rules.js';
/**
 * Which captured values a journey's step can read, from the order a user
 * walks it: its once-steps in its first iteration, then the looped steps
 * again and again. A value is there for a step when a step before it
 * captured it; one that only this looped step or a later one captures is
 * there from the user's second iteration on, and empty in its first.
 */
export interface StepValues {
    /** the step, as figures name it (`shop/login`) */
    name: string;
    /** captured by a step the user walks before this one, in every iteration */
    before: string[];
    /** captured by this step, from this very answer (its checks read them: captures apply first) */
    own: string[];
    /** names captured only by this step or a later one of its journey, each with the first such step's name */
    after: ReadonlyMap<string, string>;
    /** a looped step: what `after` names is there from a user's second iteration (a once-step never sees it) */
    looped: boolean;
    /** names captured only in the service's other journeys, with a step's name: a user may never have walked them */
    elsewhere: ReadonlyMap<string, string>;
}
/** The values of each step of the target's journeys, by endpoint index. */
export declare function journeyStepValues(endpoints: readonly Endpoint[], journeys: readonly Journey[]): Map<number, StepValues>;
