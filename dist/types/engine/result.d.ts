import type { Target } from '../config/resolve.js';
import type { Mode } from '../config/defaults.js';
import type { RunOutcome } from './load-runner.js';
export type { Mode };
/** The settings a run used, as reported in metrics.json `config`. */
export interface RunSettings {
    /** users at the end of the run (a stress test's max users) */
    users: number;
    duration: number;
    rps?: number;
    timeout: number;
    stress?: StressSettings;
}
/** The seed's stress test: `steps` equal stages up to `maxUsers`, over `rampUp` seconds. */
export interface StressSettings {
    maxUsers: number;
    rampUp: number;
    steps: number;
    /** end at the first breaking stage (default: after two consecutive critical stages) */
    stopOnBreak: boolean;
}
/** What `loadTest` returns: the recorded requests and how they were produced. */
export interface LoadTestResult {
    mode: Mode;
    target: Target;
    settings: RunSettings;
    outcome: RunOutcome;
}
