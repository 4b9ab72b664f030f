import type { Target } from '../config/resolve.js'
import type { Mode } from '../config/defaults.js'
import type { StressSettings } from '../config/run-request.js'
import type { RunOutcome } from './load-runner.js'

export type { Mode, StressSettings }

/** The settings a run used, as reported in metrics.json `config`. */
export interface RunSettings {
  /** users at the end of the run (a stress test's max users) */
  users: number
  duration: number
  /** requests per second, paced evenly */
  rps?: number
  /** paced load tests: the most connections opened when the target slows */
  maxUsers?: number
  timeout: number
  stress?: StressSettings
  /** load generator threads, when more than one */
  workers?: number
  /** seconds of load sent before the run and measured by nothing */
  warmup?: number
}

/** What `loadTest` returns: the recorded requests and how they were produced. */
export interface LoadTestResult {
  mode: Mode
  target: Target
  settings: RunSettings
  outcome: RunOutcome
  /** `warmup`: the load sent first (its records are in no metric, threshold or file but the band) */
  warmup?: RunOutcome
}
