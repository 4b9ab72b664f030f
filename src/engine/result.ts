import type { Target } from '../config/resolve.js'
import type { Mode } from '../config/defaults.js'
import type { StressSettings } from '../config/run-request.js'
import type { CsvChoice } from '../config/csv-choice.js'
import type { ThresholdAbort } from '../config/abort-after.js'
import type { RunOutcome } from './load-runner.js'

export type { Mode, StressSettings }

/** What a run was: a load or stress test, or one side of an A/B test (`perf-gate ab`). */
export type RunMode = Mode | 'ab'

/** The settings a run used, as reported in metrics.json `config`. */
export interface RunSettings {
  /** users at the end of the run (a stress test's max users) */
  users: number
  duration: number
  /** requests per second, paced evenly (journeys: journeys started per second) */
  rps?: number
  /** journeys: `rps` starts journeys, not requests */
  paces?: 'journeys'
  /** paced load tests: the most connections opened when the target slows */
  maxUsers?: number
  timeout: number
  stress?: StressSettings
  /** load generator threads, when more than one */
  workers?: number
  /** seconds of load sent before the run and measured by nothing */
  warmup?: number
  /** `histograms`: the run kept histograms, not its requests (percentiles within 0.1%); unset: requests */
  record?: 'histograms'
  /** an A/B run: which side this is, and the seconds of each slice of one side */
  ab?: { side: 'A' | 'B'; slice: number; pairing?: 'duet' }
  /** which requests results.csv keeps a row of (unset: every one, `all`) */
  csv?: CsvChoice
}

/** What `loadTest` returns: the recorded requests and how they were produced. */
export interface LoadTestResult {
  mode: RunMode
  target: Target
  settings: RunSettings
  outcome: RunOutcome
  /** `warmup`: the load sent first (its records are in no metric, threshold or file but the band) */
  warmup?: RunOutcome
  /** the run was stopped because a threshold's critical band held for its `abort_after` */
  thresholdAbort?: ThresholdAbort
}
