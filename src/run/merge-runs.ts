import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../config/errors.js'
import { DEFAULT_CSV } from '../config/csv-choice.js'
import type { FailOn } from '../config/thresholds.js'
import type { FinishedRun } from './perform-test.js'
import { evaluateThresholds } from '../gate/evaluate.js'
import { abortFact, judgeRun, type Judgement } from '../gate/judge-run.js'
import type { MergeableRun } from '../metrics/mergeable.js'
import { mergeRuns } from '../metrics/mergeable-merge.js'
import { metricsFromMergeable } from '../metrics/mergeable-metrics.js'
import { mergeableHistogramProblem } from '../metrics/mergeable-schema.js'
import { apart, refuseFarApart } from './shards-apart.js'
import type { Metrics } from '../metrics/types.js'
import { readRunDocument } from '../report/files/read-run.js'
import { inputKind } from '../config/input-file.js'
import { concatCsv } from './run-dir-files.js'
import { checkRunOutput, makeRunDir } from './prepare-run.js'
import { DEFAULT_OUTPUT_DIR } from '../report/files/save.js'
import { writeFileAtomic } from '../report/files/write-file.js'
import { writeReports } from '../report/files/write-reports.js'
import {
  checksFields,
  SCHEMA_VERSION,
  settingsOf,
  stressFields,
  type RunConfigView,
  type RunDocument
} from '../report/run-document.js'

export interface MergeOptions {
  outputDir?: string
  /**
   * which verdict fails the merged run (default critical): not the shards'
   * own, which is usually `never` so that only the whole is gated
   */
  failOn?: FailOn
  /** how the face names the run directories in its messages */
  field?: string
  /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
  outputLabel?: string
}

/**
 * A merged run, read as any finished run: partial (exit 3) when a shard is
 * missing, stopped early or out of step, and `abortReason` says which.
 */
export interface MergeReport extends FinishedRun {
  /** shards merged, of how many the test had */
  shards: { merged: number; of: number }
}

interface ShardRun {
  dir: string
  doc: RunDocument
  mergeable: MergeableRun
}

/**
 * `perf-gate merge`: shards of one test (each run with `--shard I/N`, on
 * its own machine, at the same time) as one run directory. Counts add up,
 * percentiles come from the merged histograms, the per-second series adds
 * the shards second by second, and one gate judges the whole.
 */
export async function mergeShardRuns(
  paths: readonly string[],
  options: MergeOptions = {}
): Promise<MergeReport> {
  const field = options.field ?? 'run-dir'
  const shards = await readShards(paths, field)
  const first = shards[0]
  const of = first.mergeable.shard.of
  const given = new Set(shards.map((s) => s.mergeable.shard.index))
  const missing = Array.from({ length: of }, (_, k) => k + 1).filter((i) => !given.has(i))
  const output = {
    dir: options.outputDir ?? DEFAULT_OUTPUT_DIR,
    label: options.outputLabel ?? 'outputDir'
  }
  await checkRunOutput(output)

  const merged = mergeRuns(shards.map((s) => s.mergeable))
  const { mode, service } = first.doc
  const metrics = metricsFromMergeable(merged, first.doc.test_name)
  const gate = evaluateThresholds(metrics, merged.thresholds.overall, merged.thresholds.per_endpoint)
  const failOn = options.failOn ?? 'critical'
  const reasons = incomplete(shards, missing)
  const abortReason = reasons.length > 0 ? reasons.join('; ') : undefined
  // a shard stopped by a threshold's abort_after failed the gate: so does the whole
  const stopped = shards.find((s) => s.doc.threshold_abort)?.doc.threshold_abort
  const judgement = judgeRun({
    metrics,
    gate,
    thresholds: merged.thresholds.overall,
    rps: merged.rps,
    failOn,
    partial: abortReason !== undefined,
    ...(abortReason ? { abortReason } : {}),
    ...(stopped ? { thresholdAbort: abortFact(stopped) } : {})
  })
  const document = {
    ...mergedDocument(shards, merged, metrics, judgement, failOn, abortReason),
    ...(stopped ? { threshold_abort: stopped } : {})
  }

  const dir = await makeRunDir({
    ...output,
    testName: first.doc.test_name,
    startedAt: new Date(merged.started_ms)
  })
  try {
    await concatCsv(
      shards.map((s) => join(s.dir, 'results.csv')),
      join(dir, 'results.csv'),
      field
    )
    const metricsFile = join(dir, 'metrics.json')
    await writeFileAtomic(metricsFile, JSON.stringify(document, null, 2) + '\n')
    const reports = await writeReports(dir, document)
    return {
      result: {
        mode,
        target: { service },
        settings: settingsOf(document.config),
        outcome: { partial: abortReason !== undefined, ...(abortReason ? { abortReason } : {}) }
      },
      metrics,
      gate,
      saved: {
        dir,
        csv: join(dir, 'results.csv'),
        metrics: metricsFile,
        html: reports['report.html'],
        summary: reports['summary.md'],
        junit: reports['junit.xml'],
        document
      },
      failOn,
      shards: { merged: shards.length, of },
      outcome: judgement.outcome,
      exitCode: judgement.outcome.exit_code
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

/** Each path's run, checked: a shard, with its results.csv, of one and the same test, each once. */
async function readShards(paths: readonly string[], field: string): Promise<ShardRun[]> {
  if (paths.length === 0) throw new InputError(field, 'give the run directories of the shards to merge')
  const shards: ShardRun[] = []
  for (const p of paths) {
    const { dir, doc } = await readRunDocument(p, field)
    if (!doc.mergeable) {
      throw new InputError(
        field,
        `${p} was not run as a shard: its metrics.json has no mergeable figures; run each machine with --shard I/N (the action's input shard)`
      )
    }
    if (!isMergeable(doc.mergeable)) {
      throw new InputError(
        field,
        `${p}: its mergeable figures are not of a form this perf-gate reads (format ${JSON.stringify((doc.mergeable as { format?: unknown }).format)}); merge with the perf-gate version the shards ran`
      )
    }
    // the histograms are decoded once here, in a try, before merging adds them up
    const bad = mergeableHistogramProblem(doc.mergeable)
    if (bad) throw new InputError(field, `${join(dir, 'metrics.json')}: ${bad[0]} ${bad[1]}`)
    // checked here, before the merged run is written: a FIFO in its place would block the copy
    await inputKind(join(dir, 'results.csv'), { field, expected: "a shard's results.csv" }).catch((e) => {
      if (e instanceof InputError) throw e
      throw new InputError(field, `${p} has no results.csv; give the whole run directory of each shard`)
    })
    shards.push({ dir, doc, mergeable: doc.mergeable })
  }
  const first = shards[0]
  refuseFarApart(shards, field)
  const seen = new Map<number, string>()
  for (const s of shards) {
    const differs = (what: string, a: unknown, b: unknown): void => {
      if (a !== b)
        throw new InputError(
          field,
          `${s.dir} is not a shard of the same test: ${what} ${b}, not ${a} as in ${first.dir}`
        )
    }
    differs('service', first.doc.service, s.doc.service)
    differs('mode', first.doc.mode, s.doc.mode)
    differs('shards', first.mergeable.shard.of, s.mergeable.shard.of)
    const [a, b] = [first.mergeable.test, s.mergeable.test]
    differs('users', a.users, b.users)
    differs('duration', a.duration, b.duration)
    differs('rps', a.rps, b.rps)
    differs('steps', a.steps, b.steps)
    differs('base URL', a.base_url, b.base_url)
    differs('endpoints', a.endpoints.join(', '), b.endpoints.join(', '))
    differs('journeys', journeysOf(first.mergeable), journeysOf(s.mergeable))
    differs('start-at', a.start_at, b.start_at)
    const i = s.mergeable.shard.index
    if (seen.has(i))
      throw new InputError(
        field,
        `shard ${i}/${s.mergeable.shard.of} is given twice: ${seen.get(i)} and ${s.dir}`
      )
    seen.set(i, s.dir)
  }
  return shards
}

/** A shard's journeys, by name in order: merged by position, as its endpoints are. */
function journeysOf(m: MergeableRun): string {
  const names = m.sessions?.journeys.map((j) => j.name) ?? []
  return names.length ? names.join(', ') : '(none)'
}

/** Why the merged run does not measure the whole test, if it does not. */
function incomplete(shards: readonly ShardRun[], missing: readonly number[]): string[] {
  const of = shards[0].mergeable.shard.of
  const stages = shards.map((s) => s.mergeable.stages?.length ?? 0)
  return [
    ...(missing.length
      ? [`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${of} not given`]
      : []),
    ...shards
      .filter((s) => s.doc.partial)
      .map(
        (s) => `shard ${s.mergeable.shard.index}/${of} stopped early (${s.doc.abort_reason ?? 'partial'})`
      ),
    ...apart(shards),
    ...(new Set(stages).size > 1 ? [`the shards ran different numbers of stages (${stages.join(', ')})`] : [])
  ]
}

/** metrics.json of the merged run: the first shard's settings with the whole's users and rate. */
function mergedDocument(
  shards: readonly ShardRun[],
  merged: MergeableRun,
  metrics: Metrics,
  { gate, outcome, stress }: Judgement,
  failOn: FailOn,
  abortReason: string | undefined
): RunDocument {
  const first = shards[0].doc
  // shards of one test run one commit; on several machines their runners differ, and the first's stands for them
  const provenance = shards.find((s) => s.doc.provenance)?.doc.provenance
  // the merged results.csv is the shards' one after the other: as each kept them (older shards kept all)
  const csv = new Set(shards.map((s) => s.doc.config.csv ?? DEFAULT_CSV))
  const config: RunConfigView = {
    ...first.config,
    csv: csv.size > 1 ? 'mixed' : [...csv][0],
    shard: `merged ${shards.length}/${shards[0].mergeable.shard.of}`,
    users: merged.users,
    fail_on: failOn,
    ...(merged.rps !== undefined ? { rps: merged.rps } : {}),
    ...(first.config.max_users !== undefined
      ? { max_users: shards.reduce((t, s) => t + (s.doc.config.max_users ?? 0), 0) }
      : {})
  }
  const { per_endpoint, journeys, ...seed } = metrics
  return {
    ...seed,
    schema_version: SCHEMA_VERSION,
    service: first.service,
    mode: first.mode,
    partial: abortReason !== undefined,
    ...(abortReason ? { abort_reason: abortReason } : {}),
    verdict: outcome.verdict,
    outcome,
    fail_on: failOn,
    ...checksFields(gate, per_endpoint, journeys),
    config,
    ...(stress ? stressFields(stress) : {}),
    ...(provenance ? { provenance } : {})
  }
}

function isMergeable(m: unknown): m is MergeableRun {
  const r = m as Partial<MergeableRun> | null
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === 1 &&
    typeof r.test === 'object' &&
    Array.isArray(r.endpoints) &&
    Array.isArray(r.seconds) &&
    typeof r.latency?.hdr === 'string'
  )
}
