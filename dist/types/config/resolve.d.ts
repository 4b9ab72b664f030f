import { type DriftSettings } from './drift.js';
import type { Thresholds } from './thresholds.js';
import type { TlsSettings } from './tls.js';
import type { PerfGateConfig } from './load.js';
import type { DataOrder } from './data-file.js';
import type { CsvChoice } from './csv-choice.js';
import { type PathStep } from './json-path.js';
import { type Journey, type StepRules } from './session-rules.js';
/** One endpoint as the engine sends it. */
export interface Endpoint {
    /** `GET /v1/crl`: how the endpoint is named in every report */
    name: string;
    method: string;
    path: string;
    /**
     * The path as figures show it (results.csv, /metrics, per-endpoint
     * tables) when it differs from `path`: `${VAR}` unexpanded, since the
     * value is a secret; unset when `path` is that already
     */
    shownPath?: string;
    headers: Record<string, string>;
    body?: string;
    /** the body was an object in the config: values put into it are JSON-escaped */
    jsonBody?: boolean;
    weight: number;
    thresholds?: Thresholds;
    /** a journey's step: the journey's and the step's names (the endpoint's name is `journey/step`) */
    journey?: string;
    step?: string;
    /** what the virtual user does with the answer and how long it pauses after it (unset: nothing) */
    rules?: StepRules;
}
/** A request of the setup step: sent once before the load, its answer's values captured by name. */
export interface SetupRequest extends Omit<Endpoint, 'weight' | 'thresholds' | 'journey' | 'step' | 'rules'> {
    /** name → where in the JSON answer (as written, and parsed) */
    capture: Record<string, {
        path: string;
        steps: PathStep[];
    }>;
    /**
     * The service's headers, sent too, except one that reads a value captured
     * only later (`Authorization: Bearer {{token}}` is not sent to the login)
     */
    serviceHeaders: Record<string, string>;
    /** how errors name it: `services.api.setup[0]` */
    field: string;
}
/** What makes the load realistic: data for placeholders, a setup step, a warm-up. */
export interface Workload {
    /** read before the run, relative paths from the config file's folder */
    data?: {
        path: string;
        order: DataOrder;
        field: string;
    };
    setup: SetupRequest[];
    /** seconds of load sent first and measured by nothing */
    warmupSec?: number;
}
/** A service ready to be loaded: where it is, what to send, what to expect. */
export interface Target {
    service: string;
    /** origin plus optional path prefix, without a trailing slash */
    baseUrl: string;
    /** the seed's wording for an unreachable target */
    unreachableMessage: string;
    endpoints: Endpoint[];
    thresholds: Thresholds;
    secrets: string[];
    /** the service's own rate (perf-gate.yml `rps`), used when the run sets none */
    rps?: number;
    /** the config's `csv` (the service's, else the top level's), used when the run sets none */
    csv?: CsvChoice;
    /** how an https target is verified (unset: verified, no extra CA) */
    tls?: TlsSettings;
    /** data file, setup step and warm-up (unset: none of them) */
    workload?: Workload;
    /** the run was given a URL, not a service: the URL as given (one GET endpoint) */
    fromUrl?: string;
    /** users walk these journeys (their steps are `endpoints`); unset: users send the endpoints round */
    journeys?: Journey[];
    /** each virtual user keeps a cookie jar */
    cookies?: boolean;
    /** a soak's drift bands and windows: the service's over the config's over the defaults */
    drift?: DriftSettings;
    /** the config file and the line of each of this service's fields in it, for later messages */
    source?: {
        file: string;
        lines: Record<string, number>;
    };
}
/**
 * Turns a configured service, or a URL given in its place (see url-service.ts),
 * and an optional base URL that replaces its own, into a Target.
 */
export declare function resolveTarget(config: PerfGateConfig, service: string, baseUrlOverride?: URL): Target;
/** A value inside a JSON string: escaped so the body stays valid JSON. */
export declare function jsonEscape(value: string): string;
/** The path an endpoint's figures are filed under: never a value from the environment. */
export declare function shownPath(e: Pick<Endpoint, 'path' | 'shownPath'>): string;
/** A setup request's headers: its own, and the service's that read only values captured before it. */
export declare function setupHeaders(step: SetupRequest, captured: readonly string[]): Record<string, string>;
