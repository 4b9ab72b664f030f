import * as core from '@actions/core'
import type { AbRequest } from '../config/ab-request.js'
import type { PerfGateConfig } from '../config/load.js'
import { maskable } from '../config/secrets.js'
import { reportedName } from '../config/url-service.js'
import type { ProgressSnapshot } from '../engine/progress.js'
import { monitoringObserver } from '../monitoring/observer.js'
import { readBaseline } from '../report/files/read-baseline.js'
import { abStartLine, describeRun } from '../report/format/run-description.js'
import { abThresholdNote, shardLine } from '../report/format/sentences.js'
import { performAbTest } from '../run/ab-test.js'
import { lookText } from '../report/format/comparison-rows.js'
import { mergeShardRuns } from '../run/merge-runs.js'
import { expandRunDirs } from '../run/run-dir-files.js'
import { performTest, type FinishedRun, type TestPlan, type TestReport } from '../run/perform-test.js'
import type { ServiceSpec } from '../run/service-under-test.js'
import { START_INPUTS, WATCH_INPUTS, type ActionSettings } from './inputs.js'
import { resourceWatch } from '../run/resource-sampler.js'
import type { StartedService } from '../run/with-service.js'
import type { Provenance } from '../report/run-document.js'

/** Inputs start / wait-for: the service under test, awaited at wait-for or else at the targets' ports. */
export function serviceSpec(
  settings: ActionSettings,
  config: PerfGateConfig,
  test: TestPlan | undefined
): ServiceSpec | undefined {
  if (!settings.service) return undefined
  const targets = settings.ab ? [settings.ab.aUrl.href, settings.ab.bUrl.href] : [test!.plan.target.baseUrl]
  return { ...settings.service, targets, labels: START_INPUTS, tls: config.tls }
}

/** Mode merge: the shards' run directories (downloaded artifacts) as one run, gated as one. */
export async function runMerge(
  settings: ActionSettings,
  runs: string[],
  config: PerfGateConfig
): Promise<FinishedRun> {
  const dirs = await expandRunDirs(runs, 'runs')
  const r = await mergeShardRuns(dirs, {
    outputDir: settings.outputDir,
    // the shards' own fail-on is usually never (only the whole is gated): not theirs, the step's
    failOn: settings.failOn ?? config.failOn,
    field: 'runs',
    outputLabel: 'output-dir'
  })
  const service = r.result.target.service
  if (service !== reportedName(settings.request.service))
    core.warning(`perf-gate: the shards tested ${service}, not ${settings.request.service} (input service)`)
  core.info(
    `perf-gate: merged ${r.shards.merged} of ${r.shards.of} shards of ${r.result.mode} test ${service}`
  )
  return r
}

/** A load or stress test, with its baseline when one is given. */
export async function runOne(
  settings: ActionSettings,
  test: TestPlan,
  config: PerfGateConfig,
  onProgress: (s: ProgressSnapshot) => void,
  signal: AbortSignal,
  /** the service the start input started: its memory and CPU are sampled */
  started?: StartedService,
  provenance?: Provenance
): Promise<TestReport> {
  const baseline = settings.baseline
    ? await readBaseline(
        settings.baseline,
        'baseline',
        settings.baselineRuns === undefined ? {} : { runs: settings.baselineRuns }
      )
    : undefined
  return performTest(test, {
    config,
    signal,
    watch: resourceWatch(started, settings.watchPid, WATCH_INPUTS),
    log: (l) => core.info(l),
    outputDir: settings.outputDir,
    outputLabel: 'output-dir',
    failOn: settings.failOn,
    onStart: (target, _dir, runSettings, mode) => {
      for (const s of maskable(target.secrets)) core.setSecret(s)
      core.info(
        `perf-gate: ${mode} test ${target.service} at ${target.baseUrl}: ${describeRun(mode, runSettings)}`
      )
      if (settings.request.shard) core.info(shardLine(settings.request.shard, settings.request.startAt))
    },
    onProgress: onProgress,
    baseline,
    provenance,
    failOnRegression: settings.failOnRegression,
    observer:
      settings.metricsPort !== undefined || settings.pushgateway
        ? monitoringObserver({
            port: settings.metricsPort,
            lingerSec: settings.metricsLinger,
            pushgatewayUrl: settings.pushgateway,
            log: (l) => core.info(l)
          })
        : undefined
  })
}

/** Mode ab: both sides in this job; B's report, carrying the comparison, is the one published. */
export async function runAb(
  settings: ActionSettings,
  ab: AbRequest,
  config: PerfGateConfig,
  signal: AbortSignal,
  provenance?: Provenance
): Promise<TestReport> {
  const r = await performAbTest(ab, {
    config,
    signal,
    outputDir: settings.outputDir,
    outputLabel: 'output-dir',
    failOnRegression: settings.failOnRegression,
    failOn: settings.failOn,
    provenance,
    log: (l) => core.info(l),
    onStart: (a, b, _dir, slices, warmup) => {
      for (const s of maskable([...a.secrets, ...b.secrets])) core.setSecret(s)
      core.info(
        `${abStartLine(a, b, { slices, slice: ab.slice, users: ab.load.users, warmup, pairing: ab.pairing })}; ${abThresholdNote(settings.failOn ?? 'never')}`
      )
    },
    onSlice: (s) =>
      core.info(
        `  slice ${s.index + 1}/${s.of} ${s.side}: ${s.requests} requests, p95 ${s.p95Ms.toFixed(1)} ms`
      ),
    onLook: (l) => core.info(`  look ${l.look} of ${l.of}: ${lookText(l.verdict)}`)
  })
  return { ...r.b, outcome: r.outcome, exitCode: r.outcome.exit_code }
}
