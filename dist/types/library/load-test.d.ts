import { type PerfGateConfig } from '../config/load.js';
import type { ServiceInput } from '../config/schema.js';
import type { RunHooks } from '../engine/load-runner.js';
import type { LoadTestResult } from '../engine/result.js';
import type { Metrics } from '../metrics/types.js';
/** A service defined in code: the same fields as under `services:` in perf-gate.yml. */
export interface ServiceDefinition extends Omit<ServiceInput, 'endpoints' | 'weight'> {
    name: string;
    /** the endpoint list; a service of journeys needs none */
    endpoints?: Array<{
        path: string;
        method?: string;
        body?: string | Record<string, unknown> | unknown[];
        headers?: Record<string, string>;
        weight?: number;
    }>;
}
export interface LoadTestOptions extends Omit<RunHooks, 'recorder' | 'clock' | 'ready' | 'cpu' | 'releaseTaken' | 'recordsBeforeStageEnd' | 'onWindow'> {
    /** a preset or configured service name, a URL (one GET endpoint), or a service defined in code */
    service: string | ServiceDefinition;
    /** concurrent connections (default 10) */
    users?: number | string;
    /** seconds, or a duration such as `30s`, `5m`, `1h30m` (default 60) */
    duration?: number | string;
    /** requests per second, paced evenly (latency then counts from each request's due time) */
    rps?: number | string;
    /** with `rps`: the most connections to open when the target slows (default 100) */
    maxUsers?: number | string;
    /** per-request timeout in seconds (default 10) */
    timeout?: number | string;
    /**
     * load generator threads (default 1), or `auto`: each runs its share of the
     * users and rate; their requests make one result. Needs the built package
     * (dist/), as installed from npm.
     */
    workers?: number | 'auto' | string;
    /** seconds (or `10s`) of load sent first and left out of every figure (default: the service's `warmup`, else none) */
    warmup?: number | string;
    /**
     * which requests `saveResults` (and `performTest`) give a row in results.csv:
     * `all`, `errors`, `sample:N` or `none` (default: the service's `csv`, else `all`)
     */
    csv?: string;
    baseUrl?: string;
    /** a loaded config (`loadConfig`); presets only when omitted */
    config?: PerfGateConfig;
    /** skip the reachability check (it runs by default) */
    skipPreflight?: boolean;
    /**
     * where notes on the config go, as the CLI prints them to stderr (a
     * `{{name}}` filled only from a user's second iteration); default: a Node
     * warning (`process.on('warning')` sees it as a `PerfGateWarning`)
     */
    log?: (line: string) => void;
}
/** The library's notes when the caller gives no `log`: Node's own channel, which a caller can listen to or silence. */
export declare const warnNote: (line: string) => void;
export interface StressTestOptions extends Omit<LoadTestOptions, 'users' | 'duration' | 'maxUsers'> {
    /** users at the last stage (default 100) */
    maxUsers?: number | string;
    /** seconds (or `5m`, `1h30m`) to reach max users (default 300) */
    rampUp?: number | string;
    /** equal stages (default 10): stage k runs (k+1)·maxUsers/steps users */
    steps?: number | string;
    /** end right after the first breaking stage (default: after two consecutive critical stages) */
    stopOnBreak?: boolean;
}
export interface SoakTestOptions extends LoadTestOptions {
    /** seconds, or `30m`, `2h` (default an hour) */
    duration?: number | string;
    /** `histograms` (default: memory flat however long the run) or `requests` (each one kept) */
    record?: 'histograms' | 'requests';
}
/** A soak's run and its figures: kept as histograms, its requests are not in the recorder to compute them from. */
export interface SoakTestResult {
    result: LoadTestResult;
    /** every figure, the drift judged (`metrics.drift`); percentiles from histograms said under `recording` */
    metrics: Metrics;
}
export declare const LOAD_DEFAULTS: Readonly<{
    users: 10;
    duration: 60;
    timeout: 10;
}>;
export declare const STRESS_DEFAULTS: Readonly<{
    maxUsers: 100;
    rampUp: 300;
    steps: 10;
}>;
/**
 * Runs a load test: `users` connections for `duration` seconds against every
 * endpoint of the service, recording each request. The spec's `load_test`.
 */
export declare function loadTest(options: LoadTestOptions): Promise<LoadTestResult>;
/**
 * Runs a stress test: the stages of `stressStages`, connections added at
 * each step and never dropped, every request recorded with its stage. The
 * spec's `stress_test`; `calculateMetrics` then adds `stages`.
 */
export declare function stressTest(options: StressTestOptions): Promise<LoadTestResult>;
/**
 * Runs a soak: a steady load for a long time (an hour by default), kept as
 * histograms so its memory does not grow with its length, and judged on its
 * drift (its last window against its first). Its figures come with it.
 */
export declare function soakTest(options: SoakTestOptions): Promise<SoakTestResult>;
