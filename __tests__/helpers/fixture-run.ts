import type { Target } from '../../src/config/resolve.js'
import { Recorder } from '../../src/engine/recorder.js'
import type { LoadTestResult } from '../../src/engine/result.js'
import { evaluateThresholds } from '../../src/gate/evaluate.js'
import { DEFAULT_THRESHOLDS, type FailOn, type Thresholds } from '../../src/config/thresholds.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { compareRuns, runWindows, type RunWindows } from '../../src/gate/compare.js'
import { buildRunDocument, type RunDocument } from '../../src/report/run-document.js'
import { judgeResult } from '../../src/gate/judge-run.js'
import type { ThresholdAbort } from '../../src/config/abort-after.js'
import type { CsvChoice } from '../../src/config/csv-choice.js'
import { thresholdAbortSentence } from '../../src/report/format/sentences.js'

/** A run stopped at second 7 by its p95's abort_after of 3 s (critical since second 4). */
export const P95_ABORT: ThresholdAbort = {
  threshold: 'p95_response_time',
  scope: 'overall',
  label: '95th percentile',
  unit: 'seconds',
  abort_after: 3,
  critical: 0.2,
  higher_is_better: false,
  value: 0.31,
  since: '2026-11-25T12:00:04.000Z',
  since_second: 4,
  at: '2026-11-25T12:00:07.000Z',
  at_second: 7
}
import { resourceMetrics } from '../../src/metrics/resources.js'
import { seriesOf, syntheticReadings } from './resource-readings.js'

export const HOSTILE = `<script>alert("x")</script> & 'q' | \`tick\`\nnext line`

export interface FixtureOptions {
  service?: string
  paths?: string[]
  headers?: Record<string, string>
  errorMessage?: string
  /** requests per second and seconds of the synthetic run */
  rps?: number
  seconds?: number
  /** every k-th request fails (0: none) */
  failEvery?: number
  latencyUs?: (i: number) => number
  thresholds?: Thresholds
  failOn?: FailOn
  /** a stress run: this many equal stages, users 10, 20, … */
  stages?: number
  /** compare with a baseline run whose latencies were this much lower (0.5: half) */
  baselineFactor?: number
  /** the run was stopped: partial results */
  abortReason?: string
  /** paced at `rps`: every 10th request waited 50 ms for a connection (late) */
  paced?: boolean
  /** when the run started (ms since 1970; default 2026-11-25 12:00 UTC) */
  startedAtMs?: number
  /** the run was stopped by a threshold's abort_after (then partial, its abort_reason the sentence) */
  thresholdAbort?: ThresholdAbort
  /** results.csv's choice (config.csv) */
  csv?: CsvChoice
  /** the service was watched (`--start`): its RSS grew this many bytes an hour, under noise */
  serviceGrowth?: number
}

/** A run document made by the real pipeline (recorder → metrics → gate → document) from synthetic records. */
export function fixtureRun(o: FixtureOptions = {}): { result: LoadTestResult; doc: RunDocument } {
  const paths = o.paths ?? ['/a', '/b']
  const target: Target = {
    service: o.service ?? 'svc',
    baseUrl: 'http://127.0.0.1:8080',
    unreachableMessage: '',
    thresholds: o.thresholds ?? DEFAULT_THRESHOLDS,
    secrets: ['s3cr3t-value'],
    endpoints: paths.map((p) => ({
      name: `GET ${p}`,
      method: 'GET',
      path: p,
      headers: o.headers ?? {},
      weight: 1
    }))
  }
  const rps = o.rps ?? 50
  const seconds = o.seconds ?? 10
  const recorder = new Recorder(o.startedAtMs ?? Date.UTC(2026, 10, 25, 12, 0, 0))
  const n = rps * seconds
  const errId = recorder.errorId('other', o.errorMessage ?? 'socket weirdness')
  for (let i = 0; i < n; i++) {
    const fail = o.failEvery ? i % o.failEvery === 0 : false
    const lat = o.latencyUs ? o.latencyUs(i) : 2000 + ((i * 7919) % 30_000)
    const stage = o.stages ? Math.floor((i * o.stages) / n) : 0
    const wait = o.paced && i % 10 === 0 ? 50_000 : 0
    recorder.add(
      (i / rps) * 1e6,
      lat + wait,
      i % paths.length,
      fail ? 0 : 200,
      fail ? errId : 0,
      100,
      stage,
      wait
    )
  }
  const stageTimings = Array.from({ length: o.stages ?? 0 }, (_, k) => ({
    index: k,
    users: 10 * (k + 1),
    startUs: (k * seconds * 1e6) / o.stages!,
    endUs: ((k + 1) * seconds * 1e6) / o.stages!,
    firstRecord: Math.ceil((k * n) / o.stages!),
    eventLoopP99Ms: 1,
    cpuPercent: 10
  }))
  const stress = o.stages
    ? { maxUsers: 10 * o.stages, rampUp: seconds, steps: o.stages, stopOnBreak: false }
    : undefined
  const result: LoadTestResult = {
    mode: stress ? 'stress' : 'load',
    target,
    settings: stress
      ? { users: stress.maxUsers, duration: seconds, timeout: 10, stress }
      : {
          users: 10,
          duration: seconds,
          timeout: 10,
          ...(o.paced ? { rps, maxUsers: 100 } : {}),
          ...(o.csv ? { csv: o.csv } : {})
        },
    outcome: {
      recorder,
      startedAtMs: recorder.epochMs,
      endedAtMs: recorder.epochMs + seconds * 1000,
      startUs: 0,
      endUs: seconds * 1e6,
      partial: o.abortReason !== undefined || o.thresholdAbort !== undefined,
      abortReason: o.thresholdAbort ? thresholdAbortSentence(o.thresholdAbort) : o.abortReason,
      stages: stageTimings,
      ...(o.paced
        ? {
            pacing: {
              rate: rps,
              due: n,
              sent: n,
              late: Math.ceil(n / 10),
              dropped: 0,
              droppedAtEnd: 0,
              maxUsers: 100,
              usersReached: 10
            }
          }
        : {})
    }
  }
  if (o.thresholdAbort) result.thresholdAbort = o.thresholdAbort
  const metrics = calculateMetrics(result)
  if (o.serviceGrowth !== undefined)
    metrics.resources = resourceMetrics(
      seriesOf(
        syntheticReadings({
          seconds,
          startMs: recorder.epochMs,
          bytesPerHour: o.serviceGrowth,
          noiseBytes: 0.2e6
        })
      ),
      { pid: 4242, watched: 'start', command: 'node server.js' },
      { startedAtMs: recorder.epochMs, durationSec: seconds, mode: result.mode }
    )
  const gate = evaluateThresholds(metrics, target.thresholds)
  const baseline =
    o.baselineFactor === undefined
      ? undefined
      : {
          run: 'load_test_svc 2026-11-24T12:00:00.000Z',
          comparison: {
            ...compareRuns(scaled(runWindows(metrics), o.baselineFactor), runWindows(metrics)),
            warnings: ['users differ: 5 in the baseline, 10 now']
          },
          fail_on_regression: 'regression' as const
        }
  const failOn = o.failOn ?? 'critical'
  const judgement = judgeResult(result, metrics, gate, { failOn, baseline })
  return { result, doc: buildRunDocument(result, metrics, judgement, failOn, baseline) }
}

/** The same run with every latency times `factor`: a baseline that was faster or slower. */
function scaled(w: RunWindows, factor: number): RunWindows {
  return {
    windows: w.windows.map((x) => ({ ...x, p50: x.p50 * factor, p95: x.p95 * factor })),
    headline: {
      ...w.headline,
      median_response_time: w.headline.median_response_time * factor,
      p95_response_time: w.headline.p95_response_time * factor
    }
  }
}
