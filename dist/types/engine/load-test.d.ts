import { type PerfGateConfig } from '../config/load.js';
import { type Target } from '../config/resolve.js';
import type { ServiceConfig } from '../config/schema.js';
import { type RunHooks, type Stage } from './load-runner.js';
import type { LoadTestResult, Mode, RunSettings, StressSettings } from './result.js';
/** A service defined in code: the same fields as under `services:` in perf-gate.yml. */
export interface ServiceDefinition extends Omit<ServiceConfig, 'endpoints' | 'weight'> {
    name: string;
    endpoints: Array<{
        path: string;
        method?: string;
        body?: string | Record<string, unknown> | unknown[];
        headers?: Record<string, string>;
        weight?: number;
    }>;
}
export interface LoadTestOptions extends Omit<RunHooks, 'recorder' | 'clock'> {
    /** a preset or configured service name, or a service defined in code */
    service: string | ServiceDefinition;
    /** concurrent connections (default 10) */
    users?: number | string;
    /** seconds, or a duration such as `30s`, `5m`, `1h30m` (default 60) */
    duration?: number | string;
    /** cap on total requests per second */
    rps?: number | string;
    /** per-request timeout in seconds (default 10) */
    timeout?: number | string;
    baseUrl?: string;
    /** a loaded config (`loadConfig`); presets only when omitted */
    config?: PerfGateConfig;
    /** skip the reachability check (it runs by default) */
    skipPreflight?: boolean;
    /** how to name each option in error messages (`--users` on the CLI, `users` in the action) */
    fieldNames?: Partial<Record<'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl', string>>;
}
export declare const LOAD_DEFAULTS: Readonly<{
    users: 10;
    duration: 60;
    timeout: 10;
}>;
/** Validates options and resolves the target without sending anything. */
export declare function planLoadTest(options: LoadTestOptions): Promise<{
    target: Target;
    users: number;
    duration: number;
    rps?: number;
    timeout: number;
}>;
/**
 * Runs a load test: `users` connections for `duration` seconds against every
 * endpoint of the service, recording each request. The spec's `load_test`.
 */
export declare function loadTest(options: LoadTestOptions): Promise<LoadTestResult>;
/** A validated test, ready to run: where, which stages, and the settings reports show. */
export interface RunPlan {
    mode: Mode;
    target: Target;
    stages: Stage[];
    settings: RunSettings;
}
export declare function loadRunPlan(options: LoadTestOptions): Promise<RunPlan>;
export declare function stressRunPlan(options: StressTestOptions): Promise<RunPlan>;
/** Runs a plan's stages; a stress ramp ends early by `stressStopPolicy` unless the hooks decide. */
export declare function executeRunPlan(plan: RunPlan, hooks: RunHooks): Promise<LoadTestResult>;
export declare const STRESS_DEFAULTS: Readonly<{
    maxUsers: 100;
    rampUp: 300;
    steps: 10;
}>;
export interface StressTestOptions extends Omit<LoadTestOptions, 'users' | 'duration' | 'fieldNames'> {
    /** users at the last stage (default 100) */
    maxUsers?: number | string;
    /** seconds (or `5m`, `1h30m`) to reach max users (default 300) */
    rampUp?: number | string;
    /** equal stages (default 10): stage k runs (k+1)·maxUsers/steps users */
    steps?: number | string;
    /** end right after the first breaking stage (default: after two consecutive critical stages) */
    stopOnBreak?: boolean;
    fieldNames?: Partial<Record<'maxUsers' | 'rampUp' | 'steps' | 'rps' | 'timeout' | 'baseUrl', string>>;
}
/** The stage schedule of a stress test: users (k+1)·max/steps, each for rampUp/steps seconds. */
export declare function stressStages(s: StressSettings): Stage[];
/** Validates stress options and resolves the target without sending anything. */
export declare function planStressTest(options: StressTestOptions): Promise<{
    target: Target;
    stress: StressSettings;
    rps?: number;
    timeout: number;
}>;
/**
 * Runs a stress test: the stages of `stressStages`, connections added at
 * each step and never dropped, every request recorded with its stage. The
 * spec's `stress_test`; `calculateMetrics` then adds `stages`.
 */
export declare function stressTest(options: StressTestOptions): Promise<LoadTestResult>;
