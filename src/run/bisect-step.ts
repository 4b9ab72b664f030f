import { createServer } from 'node:net'
import { join } from 'node:path'
import { withPort, type BisectRequest } from '../config/bisect-request.js'
import { isUnreachableError, UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { ComparedMetric } from '../config/regression.js'
import type { ChangeVerdict, Comparison, MetricComparison } from '../gate/compare.js'
import type { StepJudgement } from '../gate/bisect-search.js'
import type { Provenance } from '../report/run-document.js'
import { performAbTest, type AbReport } from './ab-test.js'
import { addWorktree } from './git-repo.js'
import { ServiceUnderTest, type ServiceSpec } from './service-under-test.js'
import { runShellCommand } from './shell-command.js'

/** One step of a bisect: a commit built, started beside the good build, and judged by an A/B run. */
export interface BisectStep {
  step: number
  commit: string
  subject: string
  /** `bad`: the bad commit, confirmed against the good one first; `candidate`: a commit between them */
  role: 'bad' | 'candidate'
  judgement: StepJudgement
  /** the A/B run's verdict; unset when the commit did not build or start */
  verdict?: ChangeVerdict
  /** the metrics the step was judged on: those that regressed at the bad commit (all, for the bad commit itself) */
  judged_on?: ComparedMetric[]
  /** the metric that decided (the first regressed one; else the median response time), and its change */
  metric?: ComparedMetric
  change?: number
  ci_low?: number | null
  ci_high?: number | null
  looks?: { made: number; planned: number }
  /** seconds of load on each side */
  load_seconds?: number
  /** the A/B run's directory (the candidate's files, the good build's in baseline/) */
  run_dir?: string
  /** why it was skipped without a verdict, or what else is worth knowing */
  note?: string
}

/** What every step shares: the request, the repository, the good build, where files go. */
export interface StepContext {
  request: BisectRequest
  repo: string
  /** a temporary folder holding the worktrees and build logs */
  work: string
  /** the bisect's folder: each step's run directory goes in it */
  dir: string
  config: PerfGateConfig
  env: NodeJS.ProcessEnv
  provenance?: Provenance
  signal?: AbortSignal
  log: (line: string) => void
  onLook?: (l: { look: number; of: number; verdict: string }) => void
  /** records a worktree the moment it exists, so any way out removes it */
  worktrees: Set<string>
}

export const BISECT_LABELS = { start: '--start', waitFor: '--wait-for', waitTimeout: '--wait-timeout' }

/** Checks a commit out and builds it; the worktree, or why it cannot be used (the build's last lines). */
export async function checkoutAndBuild(
  ctx: StepContext,
  sha: string
): Promise<{ tree: string } | { failed: string }> {
  const tree = join(ctx.work, sha.slice(0, 12))
  ctx.worktrees.add(tree)
  await addWorktree(ctx.repo, tree, sha)
  const started = Date.now()
  const built = await runShellCommand(ctx.request.build, {
    cwd: tree,
    env: { ...ctx.env },
    logFile: join(ctx.work, `${sha.slice(0, 12)}-build.log`),
    signal: ctx.signal
  })
  if (built.code === 0) {
    ctx.log(`  built ${sha.slice(0, 7)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return { tree }
  }
  const how = built.signal ? `was ended by ${built.signal}` : `exited with code ${built.code}`
  return { failed: `the build ${how}; last lines:\n${built.tail.map((l) => `  | ${l}`).join('\n')}` }
}

/**
 * Starts the good build and the candidate on two free ports, runs `ab`
 * between them (good as A), stops both, and judges: regression is bad, no
 * change (or an improvement) good, inconclusive after every look a skip.
 */
export async function judgeCandidate(
  ctx: StepContext,
  trees: { good: string; candidate: string },
  step: Pick<BisectStep, 'step' | 'commit' | 'subject' | 'role'>,
  /** the metrics that regressed at the bad commit; unset for the bad commit itself */
  focus?: readonly ComparedMetric[]
): Promise<BisectStep & { comparison?: Comparison }> {
  const [goodPort, candidatePort] = await twoFreePorts()
  const started: ServiceUnderTest[] = []
  let report: AbReport
  try {
    started.push(await startBuild(ctx, trees.good, goodPort, 'the good build'))
    try {
      started.push(
        await startBuild(ctx, trees.candidate, candidatePort, `candidate ${step.commit.slice(0, 7)}`)
      )
    } catch (e) {
      if (!isUnreachableError(e) || ctx.signal?.aborted) throw e
      for (const s of started) await s.stop().then(() => s.discardLog())
      return { ...step, judgement: 'skip', note: `did not start: ${e.message.replace(/^❌ /, '')}` }
    }
    report = await performAbTest(
      {
        ...ctx.request.ab,
        aUrl: new URL(`http://127.0.0.1:${goodPort}`),
        bUrl: new URL(`http://127.0.0.1:${candidatePort}`)
      },
      {
        config: ctx.config,
        outputDir: join(ctx.dir, `${String(step.step).padStart(2, '0')}-${step.commit.slice(0, 7)}`),
        outputLabel: '--output-dir',
        failOn: 'never',
        // the run measured the candidate: its metrics.json names it, not the checkout's HEAD
        provenance: ctx.provenance && {
          ...ctx.provenance,
          commit: step.commit,
          branch: undefined,
          ci: 'git'
        },
        signal: ctx.signal,
        log: ctx.log,
        onLook: ctx.onLook
      }
    )
  } catch (e) {
    for (const s of started) await s.stop().then(() => s.discardLog())
    throw e
  }
  for (const s of started) await s.stop()
  const [good, candidate] = started
  await good.saveLog([report.a.saved.dir], ctx.config.secrets)
  await candidate.saveLog([report.b.saved.dir], ctx.config.secrets)
  const comparison = report.b.saved.document.baseline!.comparison
  return {
    ...step,
    ...stepFigures(comparison, ctx.request.ab.slice, focus),
    run_dir: report.b.saved.dir,
    comparison
  }
}

/**
 * A step's verdict, judgement and the one metric its line quotes. With
 * `focus` (the metrics that regressed at the bad commit), only those judge:
 * a commit whose median is unchanged is good though its p95 stayed
 * undecided, or the search would skip every commit that changed nothing.
 */
export function stepFigures(
  comparison: Comparison,
  /** seconds of one slice: the load of a side is its slices' */
  slice: number,
  focus?: readonly ComparedMetric[]
): Pick<
  BisectStep,
  | 'judgement'
  | 'verdict'
  | 'judged_on'
  | 'metric'
  | 'change'
  | 'ci_low'
  | 'ci_high'
  | 'looks'
  | 'load_seconds'
> {
  const whole = comparison.metrics.filter((m) => m.endpoint === undefined)
  const judged = focus ? whole.filter((m) => focus.includes(m.metric)) : whole
  const verdicts = judged.map((m) => m.verdict)
  const verdict: ChangeVerdict = verdicts.includes('regression')
    ? 'regression'
    : verdicts.includes('inconclusive')
      ? 'inconclusive'
      : verdicts.includes('improvement')
        ? 'improvement'
        : 'no_change'
  const quoted: MetricComparison | undefined =
    judged.find((m) => m.verdict === verdict) ??
    judged.find((m) => m.metric === 'median_response_time') ??
    judged[0]
  const judgement: StepJudgement =
    verdict === 'regression' ? 'bad' : verdict === 'inconclusive' ? 'skip' : 'good'
  return {
    judgement,
    verdict,
    ...(focus ? { judged_on: [...focus] } : {}),
    ...(quoted
      ? { metric: quoted.metric, change: quoted.change, ci_low: quoted.ci_low, ci_high: quoted.ci_high }
      : {}),
    ...(comparison.looks
      ? { looks: { made: comparison.looks.made, planned: comparison.looks.planned } }
      : {}),
    load_seconds: comparison.windows.current * slice
  }
}

/** The metrics that regressed at the bad commit: what the search judges the commits between on. */
export function regressedMetrics(comparison: Comparison): ComparedMetric[] {
  return comparison.metrics
    .filter((m) => m.endpoint === undefined && m.verdict === 'regression')
    .map((m) => m.metric)
}

async function startBuild(
  ctx: StepContext,
  tree: string,
  port: number,
  which: string
): Promise<ServiceUnderTest> {
  const { request } = ctx
  const spec: ServiceSpec = {
    command: withPort(request.start, port),
    ...(request.waitFor ? { waitFor: new URL(withPort(request.waitFor, port)) } : {}),
    targets: [`http://127.0.0.1:${port}`],
    waitTimeoutSec: request.waitTimeoutSec,
    labels: BISECT_LABELS,
    tls: ctx.config.tls,
    cwd: tree,
    env: { PORT: String(port) }
  }
  try {
    return await ServiceUnderTest.start(spec, ctx.env, ctx.config.secrets, ctx.signal)
  } catch (e) {
    // which of the two builds, and its commit: the port alone says neither
    if (isUnreachableError(e)) throw new UnreachableError(e.message.replace(/^❌ /, `❌ ${which}: `))
    throw e
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** Two ports free now, and not the same one. */
async function twoFreePorts(): Promise<[number, number]> {
  const first = await freePort()
  for (;;) {
    const second = await freePort()
    if (second !== first) return [first, second]
  }
}
