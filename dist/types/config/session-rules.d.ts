import type { CaptureConfig, CheckConfig, ThinkConfig } from './journey-schema.js';
import { type PathStep } from './json-path.js';
import type { Thresholds } from './thresholds.js';
/**
 * What a virtual user does around one request: the values it captures from
 * the answer, the checks the answer must pass, and its pause afterwards.
 * Plain data: it travels to worker threads as it is.
 */
export interface StepRules {
    capture: Capture[];
    checks: Check[];
    /** the pause after the answer, drawn uniformly from [min, max] seconds */
    think?: {
        minSec: number;
        maxSec: number;
    };
    /** sent once in a user's life (a login) */
    once: boolean;
    /** after a failed answer or check: on to the next step, back to the loop's first step, or a new session from the once-steps */
    onFail: 'continue' | 'restart' | 'login';
}
export type Capture = {
    name: string;
    from: 'json';
    steps: PathStep[];
} | {
    name: string;
    from: 'header';
    header: string;
} | {
    name: string;
    from: 'regex';
    source: string;
    group: number;
};
/**
 * One check; `label` names it in every output (never a value of the answer).
 * `field` is where the config wrote a value that may read `{{name}}`
 * (`check.equals.$.role`): how errors about that name point at it.
 */
export type Check = {
    label: string;
    kind: 'status';
    statuses: number[];
} | {
    label: string;
    kind: 'exists';
    steps: PathStep[];
} | {
    label: string;
    kind: 'equals';
    steps: PathStep[];
    value: string | number | boolean | null;
    field: string;
} | {
    label: string;
    kind: 'contains';
    text: string;
    field: string;
} | {
    label: string;
    kind: 'max_latency';
    maxUs: number;
};
/** A journey as the engine walks it: its steps are endpoints of the target, by index. */
export interface Journey {
    name: string;
    weight: number;
    /** the target's endpoint index of each step, in order */
    steps: number[];
    /** how many of the first steps run once per user */
    once: number;
    /** its own bands (its iterations, durations and checks) */
    thresholds?: Thresholds;
}
export interface SessionConfig {
    capture?: CaptureConfig;
    check?: CheckConfig;
    think?: ThinkConfig;
    once?: boolean;
    on_fail?: 'continue' | 'restart' | 'login';
}
/** The rules of one request as configured; undefined when it has none (a plain endpoint). */
export declare function stepRules(c: SessionConfig, defaults?: Partial<SessionConfig>): StepRules | undefined;
/** Whether the answer's body must be read: a capture or check looks into it. */
export declare function readsBody(r: StepRules | undefined): boolean;
