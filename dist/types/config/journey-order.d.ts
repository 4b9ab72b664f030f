import type { z } from 'zod';
/**
 * The rules of a journey's shape that no single field breaks: names are
 * unique, once-steps come first and at least one step loops. Checked by the
 * schema, so that each error points at its line of the file as every other
 * config error does.
 */
interface StepShape {
    name?: string;
    once: boolean;
}
/** A step's name as figures and errors say it: its own, else its place (`step2`). */
export declare const stepName: (step: {
    name?: string;
}, index: number) => string;
/** A journey's steps: unique names (a default `step2` too), once-steps first, one step left to loop. */
export declare function checkSteps(j: {
    name: string;
    steps: readonly StepShape[];
}, ctx: z.RefinementCtx): void;
/** A service's journeys: each named once (figures and thresholds are filed by name). */
export declare function checkJourneyNames(journeys: readonly {
    name: string;
}[], ctx: z.RefinementCtx): void;
export {};
