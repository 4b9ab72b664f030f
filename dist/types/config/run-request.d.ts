import { type Shard } from './shard.js';
import { type CsvChoice } from './csv-choice.js';
/** The seed's stress test: `steps` equal stages up to `maxUsers`, over `rampUp` seconds. */
export interface StressSettings {
    maxUsers: number;
    rampUp: number;
    steps: number;
    /** end at the first breaking stage (default: after two consecutive critical stages) */
    stopOnBreak: boolean;
}
interface RequestCommon {
    /** a preset or configured service name, or a URL (one GET endpoint; see url-service.ts) */
    service: string;
    /** cap on total requests per second */
    rps?: number;
    /** per-request timeout, seconds */
    timeout: number;
    /** replaces the service's configured origin (and path prefix) */
    baseUrl?: URL;
    /** this machine runs the `index`-th of `of` shares of the load (its users and rate) */
    shard?: Shard;
    /** when the load starts (after the target answered): the same time on every shard */
    startAt?: Date;
    /** load generator threads on this machine (default 1), or `auto` (resolved once the target is known) */
    workers?: number | 'auto';
    /** seconds of load sent first and measured by nothing (0: none, also over the config's `warmup`) */
    warmup?: number;
    /** histograms only (memory flat however long the run); unset: each request kept (exact percentiles) */
    record?: 'histograms';
    /** which requests results.csv keeps a row of (unset: the config's `csv`, else every request) */
    csv?: CsvChoice;
}
/** `users` connections for `duration` seconds (a soak: a long one, recorded as histograms). */
export interface LoadRequest extends RequestCommon {
    mode: 'load' | 'soak';
    users: number;
    duration: number;
    /** with `rps`: the most connections to open when the target slows (at least `users`) */
    maxUsers: number;
}
/** Users rising in equal stages to `stress.maxUsers`. */
export interface StressRequest extends RequestCommon {
    mode: 'stress';
    stress: StressSettings;
}
/**
 * One test as every face asks for it, already checked: numbers, an enum and
 * a URL object. Faces build it once from their own input (flags, action
 * inputs, library options); nothing below them parses or validates again.
 */
export type RunRequest = LoadRequest | StressRequest;
type RawValue = string | number | undefined;
/** A face's input before parsing: strings from flags and inputs, numbers or strings from code. */
export interface RawRunRequest {
    service: string;
    mode?: string;
    users?: RawValue;
    duration?: RawValue;
    maxUsers?: RawValue;
    rampUp?: RawValue;
    steps?: RawValue;
    stopOnBreak?: boolean;
    rps?: RawValue;
    timeout?: RawValue;
    baseUrl?: string;
    shard?: string;
    startAt?: string;
    workers?: RawValue;
    warmup?: RawValue;
    record?: string;
    csv?: string;
}
export type RunRequestField = Exclude<keyof RawRunRequest, 'service' | 'stopOnBreak'>;
/** How a face names each field in its messages: `--users` on the CLI, `users` in the action. */
export type FieldLabels = Readonly<Record<RunRequestField, string>>;
/** The library's labels: its option names. */
export declare const OPTION_LABELS: FieldLabels;
/**
 * Checks every field the face set, whatever the mode, so a typo in an unused
 * input is still reported; empty and missing fields take `DEFAULTS`.
 */
export declare function parseRunRequest(raw: RawRunRequest, labels: FieldLabels): RunRequest;
export {};
