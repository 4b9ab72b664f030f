import type { StepValues } from './step-values.js';
import { type Template } from './template.js';
/** What a run can fill a `{{name}}` from, where a template stands. */
export interface NameSources {
    columns: readonly string[];
    /** values captured before the request (the setup step's, earlier steps', or any endpoint's) */
    captures: readonly string[];
    /** the data file as errors name it */
    dataFile?: string;
    /** a journey's step: what its journey captures only later, and its other journeys capture */
    step?: StepValues;
}
/**
 * Checks every name a template reads against what a run can fill it from:
 * a name nothing fills would go out empty, so it is an InputError naming
 * the field and the fix. Returns the names a looped step has only from a
 * user's second iteration on (captured by it or a later step): legitimate
 * (a next-page cursor), but empty in the first, which the caller says.
 */
export declare function checkNames(t: Template, where: string, known: NameSources): string[];
/**
 * The name a misspelt one most likely meant: the closest by edit distance,
 * when it is within a third of the name's length (at least one edit), as
 * commander suggests a misspelt option; none when two are equally close.
 */
export declare function nearestName(name: string, names: readonly string[]): string | undefined;
/**
 * What a name that is there only from a user's second iteration means, said
 * once for each field that reads it.
 */
export declare function lateNameNote(where: string, name: string, step: StepValues, dataFile?: string): string;
