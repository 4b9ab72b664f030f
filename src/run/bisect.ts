import { rmSync } from 'node:fs'
import { mkdir, mkdtemp, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BisectRequest } from '../config/bisect-request.js'
import { InputError, UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import { BisectSearch } from '../gate/bisect-search.js'
import { checkOutputDir, runDirName } from '../report/files/run-dir.js'
import { DEFAULT_OUTPUT_DIR } from '../report/files/save.js'
import { lookText } from '../report/format/comparison-rows.js'
import type { Provenance } from '../report/run-document.js'
import {
  checkoutAndBuild,
  judgeCandidate,
  regressedMetrics,
  type BisectStep,
  type StepContext
} from './bisect-step.js'
import type { ComparedMetric } from '../config/regression.js'
import {
  commitsBetween,
  isAncestor,
  removeWorktree,
  repositoryRoot,
  resolveCommit,
  type Commit
} from './git-repo.js'

export type { BisectStep } from './bisect-step.js'

export interface BisectOptions {
  /** a folder inside the repository (default: the working directory) */
  repo?: string
  config: PerfGateConfig
  env: NodeJS.ProcessEnv
  outputDir?: string
  provenance?: Provenance
  signal?: AbortSignal
  /** progress: each step, each build, each look */
  log?: (line: string) => void
  /** after each step */
  onStep?: (step: BisectStep) => void
}

/** How a bisect ended (bisect.json's `verdict`). */
export type BisectVerdict = 'first_bad' | 'one_of' | 'no_regression' | 'inconclusive'

export interface BisectReport {
  verdict: BisectVerdict
  good: Commit
  bad: Commit
  /** the commits after good up to bad, oldest first */
  candidates: Commit[]
  /** `first_bad`: the commit, and its step against the good build */
  first_bad?: BisectStep
  /** `one_of`: the first bad commit is one of these (skipped ones, then the first known bad) */
  one_of?: Commit[]
  steps: BisectStep[]
  /** where bisect.json and every step's run directory are */
  dir: string
  /** 1 when a regression was found (as `ab`), else 0 */
  exit_code: 0 | 1
}

export const BISECT_FILE = 'bisect.json'

/**
 * Finds the commit between `good` and `bad` that made the service slower:
 * the bad commit is first checked against the good one, then the commits
 * between are searched in halves, each built in a git worktree and run side
 * by side with the good build. Worktrees, builds and services are removed
 * on every way out, a Ctrl-C included; bisect.json holds every step.
 */
export async function performBisect(request: BisectRequest, options: BisectOptions): Promise<BisectReport> {
  const log = options.log ?? (() => undefined)
  const repo = await repositoryRoot(resolve(options.repo ?? '.'), '--repo')
  const good = await resolveCommit(repo, request.good, '--good')
  const bad = await resolveCommit(repo, request.bad, '--bad')
  if (good.sha === bad.sha)
    throw new InputError(
      '--bad',
      `${request.bad} is the same commit as --good ${request.good}: nothing lies between them`
    )
  if (!(await isAncestor(repo, good.sha, bad.sha)))
    throw new InputError(
      '--good',
      `${request.good} is not an ancestor of --bad ${request.bad}: bisect searches the commits from good to bad; give an older --good (or swap them)`
    )
  const candidates = await commitsBetween(repo, good.sha, bad.sha)
  const outputDir = options.outputDir ?? DEFAULT_OUTPUT_DIR
  await checkOutputDir(outputDir, '--output-dir')
  const dir = join(outputDir, runDirName('bisect', new Date()))
  await mkdir(dir, { recursive: true })

  const work = await mkdtemp(join(tmpdir(), 'perf-gate-bisect-'))
  const worktrees = new Set<string>()
  // also on a third Ctrl-C or an uncaught error: synchronous, as 'exit' handlers must be
  const cleanUp = (): void => {
    for (const tree of worktrees) removeWorktree(repo, tree)
    worktrees.clear()
    rmSync(work, { recursive: true, force: true })
  }
  process.once('exit', cleanUp)
  const ctx: StepContext = {
    request,
    repo,
    work,
    dir,
    config: options.config,
    env: options.env,
    provenance: options.provenance,
    signal: options.signal,
    log,
    onLook: (l) => log(`  look ${l.look} of ${l.of}: ${lookText(l.verdict)}`),
    worktrees
  }
  const steps: BisectStep[] = []
  const report = (r: Omit<BisectReport, 'good' | 'bad' | 'candidates' | 'steps' | 'dir'>): BisectReport => ({
    ...r,
    good,
    bad,
    candidates,
    steps,
    dir
  })
  try {
    log(
      `perf-gate bisect: ${candidates.length} commit${candidates.length === 1 ? '' : 's'} after good ${good.sha.slice(0, 7)} up to bad ${bad.sha.slice(0, 7)}; first, bad against good (${dir})`
    )
    const result = await search(ctx, { good, bad, candidates }, steps, options.onStep)
    const done = report(result)
    await writeFile(join(dir, BISECT_FILE), JSON.stringify(bisectDocument(done), null, 2) + '\n')
    return done
  } catch (e) {
    if (options.signal?.aborted) {
      await writeFile(
        join(dir, BISECT_FILE),
        JSON.stringify(
          {
            ...bisectDocument(report({ verdict: 'inconclusive', exit_code: 0 })),
            verdict: 'interrupted',
            exit_code: 3
          },
          null,
          2
        ) + '\n'
      )
      throw new UnreachableError(
        `❌ bisect stopped by signal after ${steps.length} step${steps.length === 1 ? '' : 's'}; its worktrees and services are removed, the steps so far are in ${join(dir, BISECT_FILE)}`
      )
    }
    // a bisect that stopped before its first step (the good build failed) leaves no empty folder
    await rmdir(dir).catch(() => undefined)
    throw e
  } finally {
    cleanUp()
    process.removeListener('exit', cleanUp)
  }
}

/** The search itself: the bad commit confirmed, then halves; builds that fail are skipped. */
async function search(
  ctx: StepContext,
  range: { good: Commit; bad: Commit; candidates: Commit[] },
  steps: BisectStep[],
  onStep: BisectOptions['onStep']
): Promise<Omit<BisectReport, 'good' | 'bad' | 'candidates' | 'steps' | 'dir'>> {
  const goodBuild = await checkoutAndBuild(ctx, range.good.sha)
  if ('failed' in goodBuild)
    throw new UnreachableError(`❌ --good ${range.good.sha.slice(0, 7)}: ${goodBuild.failed}`)
  let focus: ComparedMetric[] | undefined
  const judge = async (commit: Commit, role: BisectStep['role'], left: string): Promise<BisectStep> => {
    const stepNo = steps.length + 1
    ctx.log(`step ${stepNo}: ${commit.sha.slice(0, 7)} ${JSON.stringify(commit.subject)} against good${left}`)
    const built = await checkoutAndBuild(ctx, commit.sha)
    const head = { step: stepNo, commit: commit.sha, subject: commit.subject, role }
    let step: BisectStep
    if ('failed' in built) step = { ...head, judgement: 'skip', note: `did not build: ${built.failed}` }
    else {
      try {
        const { comparison, ...judged } = await judgeCandidate(
          ctx,
          { good: goodBuild.tree, candidate: built.tree },
          head,
          focus
        )
        step = judged
        if (role === 'bad' && comparison) {
          // a regression seen only in a journey step's rows: every metric judges
          const regressed = regressedMetrics(comparison)
          focus = regressed.length > 0 ? regressed : undefined
        }
      } finally {
        // one candidate's worktree at a time: a big repository's builds add up
        ctx.worktrees.delete(built.tree)
        removeWorktree(ctx.repo, built.tree)
      }
    }
    if (ctx.signal?.aborted) throw new UnreachableError('stopped by signal')
    steps.push(step)
    onStep?.(step)
    return step
  }

  const confirmed = await judge(range.bad, 'bad', ' (is it slower at all?)')
  // without a verdict on the bad commit there is nothing to search for
  if (confirmed.verdict === undefined)
    throw new UnreachableError(
      `❌ --bad ${range.bad.sha.slice(0, 7)} ${confirmed.note ?? 'could not be judged'}`
    )
  if (confirmed.judgement === 'good') return { verdict: 'no_regression', exit_code: 0 }
  if (confirmed.judgement === 'skip') return { verdict: 'inconclusive', exit_code: 0 }
  const searchState = new BisectSearch(range.candidates.length)
  for (let i = searchState.next(); i !== undefined; i = searchState.next()) {
    const left = searchState.left()
    const stepsLeft = Math.ceil(Math.log2(left + 1))
    const step = await judge(
      range.candidates[i],
      'candidate',
      ` (${left} commit${left === 1 ? '' : 's'} left to search, about ${stepsLeft} step${stepsLeft === 1 ? '' : 's'})`
    )
    searchState.record(i, step.judgement)
  }
  const result = searchState.result()
  if (result.kind === 'first_bad') {
    const commit = range.candidates[result.index]
    const first = [...steps].reverse().find((s) => s.commit === commit.sha)!
    return { verdict: 'first_bad', first_bad: first, exit_code: 1 }
  }
  return { verdict: 'one_of', one_of: result.indices.map((i) => range.candidates[i]), exit_code: 1 }
}

/** bisect.json: the report, with the commits as sha and subject. */
export function bisectDocument(r: BisectReport): Record<string, unknown> {
  return {
    verdict: r.verdict,
    exit_code: r.exit_code,
    good: r.good,
    bad: r.bad,
    candidates: r.candidates.length,
    first_bad: r.first_bad ?? null,
    ...(r.one_of ? { one_of: r.one_of } : {}),
    steps: r.steps
  }
}
