import { Option, type Command } from 'commander'
import { AB_PAIRINGS } from '../config/ab-pairing.js'
import { DEFAULTS, LIMITS } from '../config/defaults.js'
import { DEFAULT_CSV } from '../config/csv-choice.js'
import { loadConfig, type Env, type PerfGateConfig } from '../config/load.js'
import { parseRunRequest, type FieldLabels, type RunRequest } from '../config/run-request.js'
import { FAIL_ON_REGRESSION_VALUES } from '../config/regression.js'
import type { FailOn } from '../config/thresholds.js'
import { baselineRuns, durationSeconds, failOn, httpUrl, wholeNumber } from '../config/validate.js'
import type { Mode } from '../engine/result.js'
import { monitoringObserver } from '../monitoring/observer.js'
import { holdsRuns, readBaseline, type Baseline } from '../report/files/read-baseline.js'
import { DEFAULT_HISTORY_RUNS } from '../config/regression.js'
import type { RunObserver } from '../run/observer.js'
import { parseServiceStart, type ServiceStartLabels } from '../config/service-start.js'
import type { ServiceSpec } from '../run/service-under-test.js'
import { parseWatchPid } from '../config/watch-pid.js'

/** Options every command that runs load accepts (docs/reference/cli.md). */
export interface CommonFlags {
  config?: string
  baseUrl?: string
  outputDir?: string
  timeout?: string
  failOn?: string
  quiet?: boolean
  json?: boolean
  /** `true` when given without a value: serve on the default port */
  metricsPort?: string | true
  metricsLinger?: string
  pushgateway?: string
  /** each --baseline given: a run, or a folder of runs (a history) */
  baseline?: string[]
  baselineRuns?: string
  failOnRegression?: string
  insecure?: boolean
  ca?: string
}

/** The flags that set a run, as each command's messages name them. */
export const CLI_LABELS: FieldLabels = Object.freeze({
  mode: 'command',
  users: '--users',
  duration: '--duration',
  maxUsers: '--max-users',
  rampUp: '--ramp-up',
  steps: '--steps',
  rps: '--rps',
  timeout: '--timeout',
  baseUrl: '--base-url',
  shard: '--shard',
  startAt: '--start-at',
  workers: '--workers',
  warmup: '--warmup',
  record: '--record',
  csv: '--csv'
})

/** The flags a command can set on a run (each command declares its own subset). */
export interface RunFlags extends CommonFlags {
  users?: string
  duration?: string
  maxUsers?: string
  rampUp?: string
  steps?: string
  stopOnBreak?: boolean
  rps?: string
  shard?: string
  startAt?: string
  workers?: string
  warmup?: string
  record?: string
  csv?: string
  start?: string
  waitFor?: string
  waitTimeout?: string
  watchPid?: string
}

export const START_LABELS: ServiceStartLabels = Object.freeze({
  start: '--start',
  waitFor: '--wait-for',
  waitTimeout: '--wait-timeout'
})

/** How the CLI names the flags that say which process's memory and CPU are sampled. */
export const WATCH_LABELS = Object.freeze({ start: '--start', watchPid: '--watch-pid' })

/** `--watch-pid`, checked (its process is looked for when the run starts); undefined when not given. */
export function watchPidFromFlags(flags: RunFlags): number | undefined {
  return parseWatchPid(flags.watchPid, WATCH_LABELS, flags.start !== undefined && flags.start.trim() !== '')
}

/** `--start`'s service, awaited at `--wait-for` or else at the targets' ports; undefined without `--start`. */
export function serviceFromFlags(
  flags: RunFlags,
  targets: string[],
  config: PerfGateConfig
): ServiceSpec | undefined {
  const start = parseServiceStart(flags, START_LABELS)
  return start && { ...start, targets, labels: START_LABELS, tls: config.tls }
}

/** Parses a command's flags into the one typed request every run starts from. */
/** The request a mode's command makes: a stress test's, or a load (and soak) test's. */
type RequestOf<M extends Mode> = M extends 'stress'
  ? Extract<RunRequest, { mode: 'stress' }>
  : Exclude<RunRequest, { mode: 'stress' }>

export function requestFromFlags<M extends Mode>(service: string, mode: M, flags: RunFlags): RequestOf<M> {
  return parseRunRequest({ ...flags, service, mode }, CLI_LABELS) as RequestOf<M>
}

/** Presets, then `--config` when given, with `${VAR}` from the process's environment; `--insecure` / `--ca` over its `tls:`. */
export function configFromFlags(
  flags: { config?: string; insecure?: boolean; ca?: string },
  env: Env
): Promise<PerfGateConfig> {
  return loadConfig({
    file: flags.config,
    env,
    field: '--config',
    tls: { insecure: flags.insecure, ca: flags.ca, caField: '--ca' }
  })
}

/** Reads `--baseline` before any load, so a bad path costs nothing. */
export async function baselineFromFlags(flags: CommonFlags): Promise<Baseline | undefined> {
  if (flags.baseline === undefined) return undefined
  if (flags.baseline.length === 1 && flags.baseline[0] === 'auto') {
    // the runs already in the output folder, since their last change point; none yet: nothing to compare with
    const dir = flags.outputDir ?? DEFAULTS.outputDir
    if (!(await holdsRuns(dir))) return undefined
    return readBaseline(dir, '--baseline', { runs: 'auto', ...baselineRunsFlag(flags) })
  }
  return readBaseline(flags.baseline, '--baseline', baselineRunsFlag(flags))
}

/** `--baseline-runs`: of a history, how many of the test's last runs form the baseline. */
export function baselineRunsOption(): Option {
  return new Option(
    '--baseline-runs <n>',
    `of a history, the last runs of the same test that form the baseline, or auto: those since the last change point [${DEFAULT_HISTORY_RUNS}]`
  )
}

export function baselineRunsFlag(flags: { baselineRuns?: string }): { runs?: number | 'auto' } {
  const runs = baselineRuns('--baseline-runs', flags.baselineRuns)
  return runs === undefined ? {} : { runs }
}

export function addCommonOptions(cmd: Command, { baseUrl = true } = {}): Command {
  if (baseUrl)
    cmd.option('--base-url <url>', 'scheme, host and port of the target, replacing the configured one')
  return addTlsOptions(cmd)
    .option('--config <file>', 'perf-gate.yml (YAML or JSON) with services and thresholds')
    .option('--output-dir <dir>', 'where run directories are written', DEFAULTS.outputDir)
    .option('--timeout <seconds>', 'per-request timeout (10, 2.5, 500ms)', String(DEFAULTS.timeout))
    .addOption(
      new Option('--fail-on <level>', 'which verdict fails the run (exit 1)').choices([
        'critical',
        'warning',
        'never'
      ])
    )
    .option(
      '--baseline <path>',
      'a previous run directory or metrics.json to compare with, or a folder of runs (a history; the option may be given again for more paths); auto: the runs in --output-dir since their last change point',
      (path: string, earlier?: string[]) => [...(earlier ?? []), path]
    )
    .addOption(baselineRunsOption())
    .addOption(failOnRegressionOption())
    .option(
      '--metrics-port [port]',
      `serve Prometheus metrics on this port during the run (/metrics; ${DEFAULTS.metricsPort} when no port is given)`
    )
    .option(
      '--metrics-linger <seconds>',
      'keep serving /metrics this long after the run',
      String(DEFAULTS.metricsLinger)
    )
    .option('--pushgateway <url>', 'push the metrics to this Prometheus Pushgateway during and after the run')
    .option('--quiet', 'no progress and no table; only errors')
    .option('--json', 'print one machine-readable result object on stdout')
}

/** What every command that runs load takes besides the common options: threads, warm-up, CSV rows, the service to start. */
export function addRunOptions(cmd: Command, csvFallback: string = DEFAULT_CSV): Command {
  return addWatchOption(addStartOptions(addCsvOption(addWarmupOption(addWorkersOption(cmd)), csvFallback)))
}

/** `--watch-pid`: a service perf-gate did not start, whose memory and CPU are sampled. */
function addWatchOption(cmd: Command): Command {
  return cmd.option(
    '--watch-pid <pid>',
    "sample this running process's memory (RSS) and CPU, with its children's, once a second during the run (with --start the started service is sampled); Linux"
  )
}

/** `--csv`: which requests results.csv keeps a row of (`ab` and `soak` declare it too, with their defaults). */
export function addCsvOption(cmd: Command, fallback: string = DEFAULT_CSV): Command {
  return cmd.option(
    '--csv <rows>',
    `which requests get a row in results.csv: all, errors (only failed ones), sample:N (every failed one and one in N of the others) or none (the header only) [config csv, else ${fallback}]`
  )
}

/** `--start`, `--wait-for`, `--wait-timeout`: the service under test, started and stopped by perf-gate. */
export function addStartOptions(cmd: Command): Command {
  return cmd
    .option(
      '--start <command>',
      'start the service under test with this shell command, wait until it is ready, stop its process group after; its output goes to service.log in the run directory'
    )
    .option(
      '--wait-for <url>',
      "with --start: ready once this URL answers 2xx or 3xx (default: once the target's port takes connections)"
    )
    .option(
      '--wait-timeout <duration>',
      'with --start: how long the service has to become ready (30s, 2m)',
      `${DEFAULTS.waitTimeout}s`
    )
}

/** `--warmup`: load first, measured by nothing. */
function addWarmupOption(cmd: Command): Command {
  return cmd.option(
    '--warmup <duration>',
    "send load this long first (10s, 1m) and leave it out of every metric, threshold and file but the charts' shaded band [config warmup, else none]"
  )
}

/** `--record`: each request, or histograms (a soak's default). */
export function addRecordOption(cmd: Command, fallback: string): Command {
  return cmd.option(
    '--record <how>',
    `requests (each kept: exact percentiles) or histograms (µs HdrHistograms per second and endpoint: memory flat however long the run, percentiles within 0.1%) (default: ${fallback})`
  )
}

/** `--workers`: load generator threads on this machine. */
function addWorkersOption(cmd: Command): Command {
  return cmd.option(
    '--workers <n|auto>',
    'load generator threads, each with its share of the users and rate, their requests one run (auto: the cores, less one when the target is on this machine)',
    String(DEFAULTS.workers)
  )
}

/** `--shard` and `--start-at`: one machine's share of a test run on several at once. */
export function addShardOptions(cmd: Command): Command {
  return cmd
    .option(
      '--shard <i/n>',
      'run the i-th of n shares of the users and rate (one per machine), for `perf-gate merge` to add up'
    )
    .option('--start-at <time>', 'with --shard: start the load at this ISO 8601 time (2026-11-26T18:00:00Z)')
}

/** `--insecure` and `--ca`: how https targets are trusted. */
export function addTlsOptions(cmd: Command): Command {
  return cmd
    .option(
      '--insecure',
      'https: do not verify the certificate and host name (said in the output and the report)'
    )
    .option('--ca <file>', 'https: trust this PEM CA certificate besides the built-in ones')
}

/** `--fail-on-regression`: shared by the commands that run against a baseline and by `compare`. */
export function failOnRegressionOption(): Option {
  return new Option(
    '--fail-on-regression <when>',
    'when a comparison fails (exit 1): regression, inconclusive (also when undecided), never [config fail_on_regression, else regression]'
  ).choices(FAIL_ON_REGRESSION_VALUES)
}

/** `--pairing` of ab and bisect: how the two sides share the machine; `what` says it for the command. */
export function pairingOption(what: string): Option {
  return new Option('--pairing <how>', `${what} [config ab.pairing, else alternate]`).choices(AB_PAIRINGS)
}

export function failOnFlag(flags: CommonFlags): FailOn | undefined {
  return flags.failOn === undefined ? undefined : failOn('--fail-on', flags.failOn, DEFAULTS.failOn)
}

/** The Prometheus observer the monitoring flags ask for, if any. */
export function observerFromFlags(flags: CommonFlags, log: (line: string) => void): RunObserver | undefined {
  const port =
    flags.metricsPort === undefined
      ? undefined
      : flags.metricsPort === true
        ? DEFAULTS.metricsPort
        : wholeNumber('--metrics-port', flags.metricsPort, DEFAULTS.metricsPort, 1, 65535)
  const lingerSec = durationSeconds(
    '--metrics-linger',
    flags.metricsLinger,
    DEFAULTS.metricsLinger,
    LIMITS.metricsLinger,
    { allowZero: true }
  )
  const pushgatewayUrl =
    flags.pushgateway === undefined ? undefined : httpUrl('--pushgateway', flags.pushgateway).href
  if (port === undefined && !pushgatewayUrl) return undefined
  return monitoringObserver({ port, lingerSec, pushgatewayUrl, log })
}
