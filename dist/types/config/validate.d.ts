import { type FailOnRegression } from './regression.js';
import { type FailOn } from './thresholds.js';
/**
 * Checks for values that arrive as flags or action inputs (strings) or from
 * library callers (numbers). Each failure names the field and what it accepts.
 */
type Raw = string | number | undefined;
export declare function wholeNumber(field: string, value: Raw, fallback: number, min: number, max: number): number;
export declare function positiveNumber(field: string, value: Raw, fallback: number, max: number, unit: string): number;
export declare function positiveNumber(field: string, value: Raw, fallback: undefined, max: number, unit: string): number | undefined;
/**
 * A duration: `30s`, `5m`, `1h30m`, `250ms` or plain seconds (k6's and
 * Artillery's forms). Above 0 unless `allowZero`, at most `max` seconds.
 */
export declare function durationSeconds(field: string, value: Raw, fallback: number, max: number, { allowZero }?: {
    allowZero?: boolean | undefined;
}): number;
export declare function failOn(field: string, value: string | undefined, fallback: FailOn): FailOn;
/** Of a history baseline, how many of the test's last runs form it (3 to 1000), or `auto`: those since its last change point. */
export declare function baselineRuns(field: string, value: string | undefined): number | 'auto' | undefined;
/** `regression`, `inconclusive` or `never`; `true` and `false` as a workflow author may write them. */
export declare function failOnRegression(field: string, value: string | undefined): FailOnRegression | undefined;
export declare function httpUrl(field: string, value: string): URL;
export {};
