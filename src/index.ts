/**
 * perf-gate as a library: run load tests from code, compute the spec's
 * metrics, gate them and write the same run directory as the CLI.
 */
export {
  loadTest,
  stressTest,
  soakTest,
  LOAD_DEFAULTS,
  STRESS_DEFAULTS,
  type LoadTestOptions,
  type StressTestOptions,
  type SoakTestOptions,
  type SoakTestResult,
  type ServiceDefinition
} from './library/load-test.js'
export { stressStages } from './run/plan.js'
export { DEFAULTS, LIMITS } from './config/defaults.js'
export {
  compareRuns,
  compareSlices,
  runWindows,
  regressionFails,
  DEFAULT_TOLERANCES,
  type Comparison,
  type MetricComparison,
  type ChangeVerdict,
  type Window
} from './gate/compare.js'
export { judgeChange } from './gate/judge-change.js'
export { compareWithHistory, DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS } from './gate/history-compare.js'
export { changePoints, type ChangePoint, type ChangePointOptions } from './metrics/change-points.js'
export { MIN_CHANGE_POINT_STEP, sinceLastChange } from './gate/history-changes.js'
export type { ChangeInterval } from './metrics/bootstrap.js'
export { findBreakingPoint, type BreakingPoint, type StressVerdict } from './gate/breaking-point.js'
export type { LoadTestResult, Mode, RunSettings, StressSettings } from './engine/result.js'
export type { ProgressSnapshot } from './engine/progress.js'
export { Recorder, type RequestRecord } from './engine/recorder.js'
export { ERROR_TYPES, type ErrorType } from './engine/error-types.js'
export { startDemoServices, type RunningDemo } from './demo/demo-services.js'
export { calculateMetrics } from './metrics/calculate.js'
export type { Metrics, EndpointMetrics, TimePoint } from './metrics/types.js'
export type { StageMetrics } from './metrics/stages.js'
export {
  evaluateThresholds,
  gateFails,
  bandStatus,
  type GateResult,
  type ThresholdCheck,
  type Status,
  type Verdict
} from './gate/evaluate.js'
export {
  decideOutcome,
  combineOutcomes,
  type Outcome,
  type OutcomeReason,
  type ReasonKind,
  type RunFacts
} from './gate/outcome.js'
export { judgeRun, judgeResult, type Judgement } from './gate/judge-run.js'
export { EXIT_CODES, type ExitCode } from './gate/exit-codes.js'
export {
  DEFAULT_THRESHOLDS,
  DEFAULT_MIN_REQUESTS,
  type Thresholds,
  type Band,
  type FailOn,
  type ThresholdName
} from './config/thresholds.js'
export {
  ABORTABLE_THRESHOLDS,
  MIN_ABORT_AFTER_SEC,
  type AbortableThreshold,
  type ThresholdAbort
} from './config/abort-after.js'
export {
  BreachStreak,
  breachRules,
  secondValue,
  type Breach,
  type BreachRule,
  type SecondFigures
} from './gate/breach-streak.js'
export { BreachWatch } from './gate/breach-watch.js'
export {
  csvChoice,
  csvChoiceProblem,
  sampleEvery,
  DEFAULT_CSV,
  CSV_CHOICES_TEXT,
  type CsvChoice
} from './config/csv-choice.js'
export { CsvFilter, csvFilter } from './report/csv-filter.js'
export { CsvWriter, writeCsv } from './report/files/csv-writer.js'
export { saveResults, DEFAULT_OUTPUT_DIR, type SaveOptions, type SavedRun } from './report/files/save.js'
export type { RunDocument, Provenance, RunnerInfo } from './report/run-document.js'
export { detectProvenance } from './run/provenance.js'
export { loadConfig, type PerfGateConfig } from './config/load.js'
export { parseConfigText } from './config/parse.js'
export { configJsonSchema } from './config/schema.js'
export { InputError, UnreachableError } from './config/errors.js'
export { performTest, type TestRequest } from './library/perform-test.js'
export type { TestReport } from './run/perform-test.js'
export { writeReports, REPORT_FILES } from './report/files/write-reports.js'
export { renderHtmlReport } from './report/html/render.js'
export { renderSummary } from './report/markdown.js'
export { renderJunit } from './report/junit.js'
export { readRunDocument } from './report/files/read-run.js'
export { mergeShardRuns, type MergeOptions, type MergeReport } from './run/merge-runs.js'
export { expandRunDirs } from './run/run-dir-files.js'
export { mergeRuns } from './metrics/mergeable-merge.js'
export { metricsFromMergeable } from './metrics/mergeable-metrics.js'
export type { MergeableRun, MergeableTest } from './metrics/mergeable.js'
