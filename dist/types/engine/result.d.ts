import type { Target } from '../config/resolve.js';
import type { RunOutcome } from './load-runner.js';
export type Mode = 'load' | 'stress';
/** The settings a run used, as reported in metrics.json `config`. */
export interface RunSettings {
    users: number;
    duration: number;
    rps?: number;
    timeout: number;
}
/** What `loadTest` returns: the recorded requests and how they were produced. */
export interface LoadTestResult {
    mode: Mode;
    target: Target;
    settings: RunSettings;
    outcome: RunOutcome;
}
