import { basename } from 'node:path'
import type { FailOn } from '../config/thresholds.js'
import { journeyScope, type GateResult, type ThresholdCheck, type Verdict } from '../gate/evaluate.js'
import type { LoadTestResult, RunMode, RunSettings } from '../engine/result.js'
import type { JourneyMetrics, Metrics } from '../metrics/types.js'
import type { MergeableRun } from '../metrics/mergeable.js'
import { redactDeep, redactHeaders } from './redact.js'
import type { Comparison, FailOnRegression, Window } from '../gate/compare.js'
import type { BreakingPoint, StressVerdict } from '../gate/breaking-point.js'
import type { Judgement } from '../gate/judge-run.js'
import type { Outcome } from '../gate/outcome.js'
import { DEFAULT_CSV, type CsvChoice } from '../config/csv-choice.js'
import type { ThresholdAbort } from '../config/abort-after.js'

export function stressFields(v: StressVerdict): Partial<RunDocument> {
  return {
    ...(v.breaking_point ? { breaking_point: v.breaking_point } : {}),
    ...(v.max_sustainable ? { max_sustainable: v.max_sustainable } : {}),
    generator_bound_stages: v.generator_bound_stages,
    stress_conclusion: v.conclusion
  }
}

/** 2: `mode` may be `ab` (each side of an A/B run; version 1 wrote `load` there). */
export const SCHEMA_VERSION = 2

export type CheckView = Omit<ThresholdCheck, 'name' | 'scope'>

/** metrics.json: the seed's keys at the top, then what perf-gate adds. */
export interface RunDocument extends Omit<Metrics, 'per_endpoint' | 'journeys'> {
  schema_version: number
  service: string
  mode: RunMode
  partial: boolean
  abort_reason?: string
  /** the run was stopped by a threshold's `abort_after`: which, since when, and its last second's value */
  threshold_abort?: ThresholdAbort
  verdict: Verdict
  /** the verdict, why, and the exit code: the gate's, once per run (read back, it is worked out again from the document) */
  outcome: Outcome
  fail_on: FailOn
  thresholds: Record<string, CheckView>
  per_endpoint: (Metrics['per_endpoint'][number] & { thresholds?: Record<string, CheckView> })[]
  /** journeys, each with the checks of its own and the service's journey thresholds */
  journeys?: (JourneyMetrics & { thresholds?: Record<string, CheckView> })[]
  config: RunConfigView
  /** stress tests: where the service broke, and what it sustained */
  breaking_point?: BreakingPoint
  max_sustainable?: StressVerdict['max_sustainable']
  generator_bound_stages?: number[]
  stress_conclusion?: string
  stopped_early?: string
  /** the comparison with --baseline, when one was given */
  baseline?: BaselineView
  /** a shard's run (`--shard`): what `perf-gate merge` adds up with the other shards */
  mergeable?: MergeableRun
  /** where the run came from (commit, branch, CI run) and the machine that sent the load; a merged run: its first shard's */
  provenance?: Provenance
}

/** Which code was tested, from which CI run, on which machine: what tells two runs' settings from their surroundings. */
export interface Provenance {
  /**
   * the commit checked out: the CI's (`GITHUB_SHA`, `GIT_COMMIT`, `CI_COMMIT_SHA`; on a GitHub pull
   * request, the merge commit GitHub tests), else `git rev-parse HEAD` in the working folder
   */
  commit?: string
  /** the branch (a pull request's head branch on GitHub); none on a detached HEAD */
  branch?: string
  /** where commit and branch came from: a CI's variables, or `git` in the working folder */
  ci?: 'github' | 'jenkins' | 'gitlab' | 'git'
  /** the CI run or job, to find its logs */
  run_url?: string
  /** the machine that sent the load: a baseline from another machine measured that machine too */
  runner: RunnerInfo
}

export interface RunnerInfo {
  /** CPU model, as the operating system names it */
  cpu: string
  /** logical CPUs this process may use */
  cores: number
  /** the machine's total memory */
  memory_bytes: number
  /** platform and kernel release: `linux 6.8.0-1021-azure` */
  os: string
  /** Node.js version: `v20.18.1` */
  node: string
}

export interface BaselineView {
  /** the baseline's test_name and timestamp */
  run: string
  comparison: Comparison
  /** when the comparison fails the run: on a regression, also when inconclusive, or never */
  fail_on_regression: FailOnRegression
  /** an A/B run: each pair of slices as the comparison read it, to re-judge or chart it elsewhere */
  slice_pairs?: { a: Window; b: Window }[]
  /** an A/B run: side A's endpoints (its full document is `baseline/metrics.json`), for the reports' side-by-side table */
  a_per_endpoint?: Metrics['per_endpoint']
}

export interface RunConfigView {
  service: string
  base_url: string
  /** https without certificate checks (`--insecure`): set only then */
  tls_insecure?: true
  /** a shard's run: its share, `2/4`; a merged run: `merged 4/4` (shards merged / of the test) */
  shard?: string
  mode: RunMode
  users: number
  duration: number
  rps?: number
  /** journeys: `rps` started journeys, not requests */
  paces?: 'journeys'
  timeout: number
  fail_on: FailOn
  max_users?: number
  ramp_up?: number
  steps?: number
  stop_on_break?: boolean
  /** load generator threads, when more than one (their requests are one run's) */
  workers?: number
  /** seconds of load sent before the run, measured by nothing (see `warmup` at the top level) */
  warmup?: number
  /** `histograms`: the run kept histograms, not its requests (see `recording` at the top level) */
  record?: 'histograms'
  /**
   * which requests results.csv has a row of: `all`, `errors`, `sample:N` or
   * `none` (its header only); a merged run whose shards chose differently: `mixed`
   */
  csv?: string
  /** an A/B run (`mode: ab`): this document's side (B at the top, A in `baseline/`), the slice length in seconds, and `pairing: duet` when both sides ran at once */
  ab?: { side: 'A' | 'B'; slice: number; pairing?: 'duet' }
  /** the data file that filled the placeholders, and how its rows were taken */
  data?: { file: string; order: string }
  /** the setup step's requests, sent once before the load */
  setup?: string[]
  endpoints: { endpoint: string; weight: number; headers: Record<string, string>; has_body: boolean }[]
}

export function checksView(checks: ThresholdCheck[], scope: string): Record<string, CheckView> {
  return Object.fromEntries(
    checks.filter((c) => c.scope === scope).map(({ name, scope: _scope, ...rest }) => [name, rest])
  )
}

/** metrics.json's `thresholds`, `per_endpoint` and `journeys`, each endpoint and journey with its own checks. */
export function checksFields(
  gate: GateResult,
  perEndpoint: Metrics['per_endpoint'],
  journeys?: Metrics['journeys']
): Pick<RunDocument, 'thresholds' | 'per_endpoint' | 'journeys'> {
  return {
    thresholds: checksView(gate.checks, 'overall'),
    per_endpoint: perEndpoint.map((ep) => {
      const t = checksView(gate.checks, ep.endpoint)
      return Object.keys(t).length ? { ...ep, thresholds: t } : ep
    }),
    ...(journeys
      ? {
          journeys: journeys.map((j) => {
            const t = checksView(gate.checks, journeyScope(j.journey))
            return Object.keys(t).length ? { ...j, thresholds: t } : j
          })
        }
      : {})
  }
}

/** The run settings as metrics.json `config` writes them (also what decides whether two runs compare). */
export function settingsView(
  settings: RunSettings
): Pick<
  RunConfigView,
  | 'users'
  | 'duration'
  | 'rps'
  | 'timeout'
  | 'max_users'
  | 'ramp_up'
  | 'steps'
  | 'stop_on_break'
  | 'workers'
  | 'warmup'
  | 'record'
  | 'ab'
  | 'paces'
  | 'csv'
> {
  return {
    users: settings.users,
    duration: settings.duration,
    ...(settings.rps ? { rps: settings.rps } : {}),
    ...(settings.rps && settings.paces ? { paces: settings.paces } : {}),
    timeout: settings.timeout,
    ...(settings.stress
      ? {
          max_users: settings.stress.maxUsers,
          ramp_up: settings.stress.rampUp,
          steps: settings.stress.steps,
          stop_on_break: settings.stress.stopOnBreak
        }
      : {}),
    ...(settings.workers ? { workers: settings.workers } : {}),
    ...(settings.warmup ? { warmup: settings.warmup } : {}),
    ...(settings.record ? { record: settings.record } : {}),
    ...(settings.ab ? { ab: settings.ab } : {}),
    csv: settings.csv ?? DEFAULT_CSV
  }
}

/** The data file and the setup step, as the config named them (a path's folders are left out). */
function workloadView(target: LoadTestResult['target']): Pick<RunConfigView, 'data' | 'setup'> {
  const w = target.workload
  return {
    ...(w?.data ? { data: { file: basename(w.data.path), order: w.data.order } } : {}),
    ...(w?.setup.length ? { setup: w.setup.map((s) => s.name) } : {})
  }
}

/** An https target whose certificate was not checked. */
export function insecureTls(target: Pick<LoadTestResult['target'], 'baseUrl' | 'tls'>): boolean {
  return target.baseUrl.startsWith('https:') && target.tls?.verify === false
}

/** Builds the metrics.json document; every string in it is redacted. */
export function buildRunDocument(
  result: LoadTestResult,
  metrics: Metrics,
  { gate, outcome: verdictOutcome, stress }: Judgement,
  failOn: FailOn,
  baseline?: BaselineView,
  mergeable?: MergeableRun,
  provenance?: Provenance
): RunDocument {
  const { target, settings, outcome } = result
  const secrets = target.secrets
  const config: RunConfigView = {
    service: target.service,
    base_url: target.baseUrl,
    ...(insecureTls(target) ? { tls_insecure: true as const } : {}),
    ...(mergeable ? { shard: `${mergeable.shard.index}/${mergeable.shard.of}` } : {}),
    mode: result.mode,
    ...settingsView(settings),
    fail_on: failOn,
    ...workloadView(target),
    endpoints: target.endpoints.map((e) => ({
      endpoint: e.name,
      weight: e.weight,
      headers: redactHeaders(e.headers, secrets),
      has_body: e.body !== undefined
    }))
  }
  const { per_endpoint, journeys, ...seed } = metrics
  const doc: RunDocument = {
    ...seed,
    schema_version: SCHEMA_VERSION,
    service: target.service,
    mode: result.mode,
    partial: outcome.partial,
    ...(outcome.abortReason ? { abort_reason: outcome.abortReason } : {}),
    ...(result.thresholdAbort ? { threshold_abort: result.thresholdAbort } : {}),
    verdict: verdictOutcome.verdict,
    outcome: verdictOutcome,
    ...(baseline ? { baseline } : {}),
    fail_on: failOn,
    ...checksFields(gate, per_endpoint, journeys),
    config,
    ...(outcome.stoppedEarly ? { stopped_early: outcome.stoppedEarly } : {}),
    ...(mergeable ? { mergeable } : {}),
    ...(stress ? stressFields(stress) : {}),
    ...(provenance ? { provenance } : {})
  }
  return redactDeep(doc, secrets)
}

/** The settings a run document's `config` records, as the run took them (what `describeRun` says). */
export function settingsOf(c: RunConfigView): RunSettings {
  return {
    users: c.users,
    duration: c.duration,
    ...(c.rps !== undefined ? { rps: c.rps } : {}),
    ...(c.paces ? { paces: c.paces } : {}),
    ...(c.max_users !== undefined && c.ramp_up === undefined ? { maxUsers: c.max_users } : {}),
    timeout: c.timeout,
    ...(c.ramp_up !== undefined
      ? {
          stress: {
            maxUsers: c.max_users ?? c.users,
            rampUp: c.ramp_up,
            steps: c.steps ?? 1,
            stopOnBreak: c.stop_on_break ?? false
          }
        }
      : {}),
    ...(c.csv && c.csv !== 'mixed' ? { csv: c.csv as CsvChoice } : {})
  }
}
