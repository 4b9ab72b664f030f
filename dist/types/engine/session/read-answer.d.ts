import type { StepRules } from '../../config/session-rules.js';
/** An answer as a virtual user sees it: its status, headers, body (when a rule reads it) and time. */
export interface Answer {
    status: number;
    /** name, value, name, value… as received */
    headers: readonly string[];
    body?: string;
    latencyUs: number;
}
/** What the answer gave the user, and which check (if any) it failed. */
export interface AnswerVerdict {
    /** the step's status check decided success (else the status's own class decides) */
    statusChecked: boolean;
    /** label of the first check that failed, e.g. `$.username exists`, `status 200 (got 401)` */
    failed?: string;
    /** labels of the checks run, with whether each passed (for the pass rates) */
    results: {
        label: string;
        passed: boolean;
    }[];
    /** values captured, by name */
    values: [string, string][];
}
/**
 * Reads one answer by a step's rules. Checks other than the status run only
 * on an answer whose status passed (a 500's body says nothing about the page);
 * captures run on every answer that passed, before those checks, and one that
 * finds nothing is a failed check of its own (`capture token`): the next step
 * would go out without it.
 */
export declare function readAnswer(rules: StepRules, a: Answer, 
/**
 * fills `{{name}}` in an expected value or text: from `captured` (this
 * answer's captures), else the user's values; a check's label keeps the name
 */
fill?: (text: string, captured: readonly [string, string][]) => string): AnswerVerdict;
/**
 * What an `equals` found instead, said without the value where it could be a
 * user's secret (a string) and in few words, so the failures stay few kinds:
 * `got nothing`, `got the number 1` (expected a string), `got another string`.
 */
export declare function gotText(got: unknown, expected: unknown): string;
