import type { DataSet } from '../config/data-file.js'
import type { Shard } from '../config/shard.js'
import { checkReachable } from '../engine/preflight.js'
import { checkOutputDir, createRunDir, runDirName } from '../report/files/run-dir.js'
import type { RunObserver } from './observer.js'
import type { RunPlan } from './plan.js'
import { readWorkloadData, workloadInputs } from './workload-inputs.js'

/** Where a run directory goes, and how the face names that folder in its messages. */
export interface RunOutput {
  dir: string
  /** `--output-dir` (CLI), `output-dir` (action) */
  label: string
  testName: string
  startedAt: Date
}

export interface PrepareOptions {
  /** where the run directory goes; none is made without it (the library's `loadTest` writes no files) */
  output?: RunOutput
  /** watches the run live: started before the target is touched, ended when preparing fails */
  observer?: RunObserver
  shard?: Shard
  /** skip the reachability check (the library's `skipPreflight`) */
  skipPreflight?: boolean
  signal?: AbortSignal
  /** where what is worth knowing but no error is said (a placeholder empty in a user's first iteration) */
  log?: (line: string) => void
}

export interface PreparedRun {
  /** each plan with its target's setup done and its placeholders' inputs */
  plans: RunPlan[]
  /** the run directory, made last, once every check passed */
  dir?: string
}

/**
 * The one way into a run, for every mode: the output folder checked, the
 * data file read and checked against every placeholder, the observer
 * started, each target reached, its setup step (a login) run, and the run
 * directory made. Everything that can be refused is refused before the
 * first request, and nothing is created until all of it passed. Several
 * plans are the sides of one run (A and B); they walk one data file.
 */
export async function prepareRun(plans: readonly RunPlan[], options: PrepareOptions): Promise<PreparedRun> {
  const { output, observer, signal } = options
  const first = plans[0]
  if (output) await checkRunOutput(output)
  const data = await readWorkloadData(first.target, options.log)
  const shared = data && sharedRowsNote(data, first)
  if (shared) options.log?.(shared)
  try {
    // a metrics port in use is an input error: found before the target is touched
    await observer?.start(
      first.target,
      first.mode,
      runDirName(output?.testName ?? first.target.service, output?.startedAt ?? new Date())
    )
    if (!options.skipPreflight) for (const p of plans) await checkReachable(p.target, p.settings.timeout)
    const prepared: RunPlan[] = []
    // each side logs in on its own
    for (const p of plans) {
      const inputs = await workloadInputs(p.target, data, {
        timeoutSec: p.settings.timeout,
        shard: options.shard,
        signal
      })
      prepared.push({ ...p, ...inputs })
    }
    const dir = output ? await makeRunDir(output) : undefined
    return { plans: prepared, ...(dir ? { dir } : {}) }
  } catch (e) {
    await observer?.end({ ran: false }).catch(() => undefined)
    throw e
  }
}

/** Whether run directories can be made there, found before any work and without leaving anything behind. */
export function checkRunOutput(output: Pick<RunOutput, 'dir' | 'label'>): Promise<void> {
  return checkOutputDir(output.dir, output.label)
}

/** The run directory, made once everything that can be refused was. */
export function makeRunDir(output: RunOutput): Promise<string> {
  return createRunDir(output.dir, output.testName, output.startedAt, output.label)
}

/**
 * `order: per_user` with more users than rows: the rows go round, so two
 * users log in as one person, whose sessions a real service may end or mix
 * (a login that revokes the previous token). Allowed, and said before the load.
 */
export function sharedRowsNote(data: DataSet, plan: Pick<RunPlan, 'settings'>): string | undefined {
  const users = plan.settings.maxUsers ?? plan.settings.users
  if (data.order !== 'per_user' || users <= data.rows.length) return undefined
  const most = plan.settings.maxUsers !== undefined ? 'up to ' : ''
  return `⚠ ${data.file} (order: per_user): ${most}${users} users share its ${data.rows.length} rows, so from user ${data.rows.length + 1} on the rows go round again and two users log in as one; add rows for a user of its own each`
}
