import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, parseOutputs, runnerInputEnv } from './action-env.js'
import { stepRuns } from './gh-expression.js'
import { ROOT } from './run-cli.js'

interface Step {
  name?: string
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, string | number | boolean>
  env?: Record<string, string>
}

export interface StepResult {
  name: string
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
}

export interface JobRun {
  steps: StepResult[]
  summary: string
  /** process groups started by `run:` steps, for cleanup */
  groups: number[]
}

/**
 * Runs one job of a workflow file as a GitHub runner would, in `workspace`:
 * `run:` steps with `bash -e`, the perf-gate step (`uses: <owner>/perf-gate@…`
 * or `./`) as the built dist/index.js with the inputs the runner builds, and
 * `${{ env.* }}`, `${{ secrets.* }}`, `${{ steps.<id>.outputs.* }}` and
 * `${{ github.token }}` resolved (and `matrix.*`, `needs.*` as given), the
 * workflow's and the job's `env:`. A failed step skips the rest unless they
 * say so (`if:` evaluated by GitHub's expression library, as a runner does).
 * Checkout is a no-op: the workspace is the repository; `actions/cache`
 * restores and saves against `cacheDir`.
 */
export async function runWorkflowJob(
  file: string,
  job: string,
  o: {
    workspace: string
    secrets: Record<string, string>
    /** job-level env values to replace, e.g. a free port instead of 8080 */
    envOverrides?: Record<string, string>
    baseEnv: Record<string, string>
    timeoutMs?: number
    /** more expression values: `matrix.shard`, `needs.plan.outputs.start-at` */
    context?: Record<string, string>
    /** the Actions cache's store, a folder kept across jobs: `actions/cache/restore` and `save` run against it */
    cacheDir?: string
    /** runs an `actions/download-artifact` step with its evaluated `with:` (the runner's artifact service) */
    downloadArtifact?: (withValues: Record<string, string>) => Promise<void>
  }
): Promise<JobRun> {
  const wf = parse(await readFile(file, 'utf8'))
  const spec = wf.jobs[job]
  const jobEnv: Record<string, string> = {
    ...stringify(wf.env ?? {}),
    ...stringify(spec.env ?? {}),
    ...o.envOverrides
  }
  const outputsByStep: Record<string, Record<string, string>> = {}
  const summaryFile = join(o.workspace, '.step-summary.md')
  await writeFile(summaryFile, '')
  const run: JobRun = { steps: [], summary: '', groups: [] }
  let failed = false
  for (const [i, step] of (spec.steps as Step[]).entries()) {
    const name = step.name ?? step.uses ?? `step ${i + 1}`
    const context: Record<string, string> = { 'github.token': 'ghs_workflow_token', ...o.context }
    for (const [k, v] of Object.entries(jobEnv)) context[`env.${k}`] = v
    for (const [k, v] of Object.entries(o.secrets)) context[`secrets.${k}`] = v
    for (const [id, outs] of Object.entries(outputsByStep))
      for (const [k, v] of Object.entries(outs)) context[`steps.${id}.outputs.${k}`] = v
    if (!stepRuns(step.if, context, failed)) continue
    const outputFile = join(o.workspace, `.step-${i}.output`)
    await writeFile(outputFile, '')
    const env: Record<string, string> = {
      ...o.baseEnv,
      ...jobEnv,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: o.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile
    }
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(String(v), context)
    let result: Omit<StepResult, 'outputs' | 'name'>
    // evaluated only for the steps run here: a checkout's `ref: ${{ github.event… }}` is not
    const withValues = (): Record<string, string> =>
      Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v), context)]))
    if (step.uses?.startsWith('actions/checkout@')) {
      result = { code: 0, stdout: '', stderr: '' }
    } else if (/^actions\/cache\/(restore|save)@/.test(step.uses ?? '') && o.cacheDir) {
      const outputs = step.uses!.startsWith('actions/cache/restore@')
        ? await restoreCache(o.cacheDir, o.workspace, withValues())
        : await saveCache(o.cacheDir, o.workspace, withValues())
      await writeFile(
        outputFile,
        Object.entries(outputs)
          .map(([k, v]) => `${k}=${v}\n`)
          .join('')
      )
      result = { code: 0, stdout: '', stderr: '' }
    } else if (step.uses?.startsWith('actions/download-artifact@') && o.downloadArtifact) {
      await o.downloadArtifact(withValues())
      result = { code: 0, stdout: '', stderr: '' }
    } else if (step.uses && /(^\.\/?$|\/perf-gate@)/.test(step.uses)) {
      Object.assign(env, runnerInputEnv(withValues(), context))
      result = await exec(process.execPath, [join(ROOT, 'dist/index.js')], env, o, run)
    } else if (step.run !== undefined) {
      result = await exec('bash', ['-e', '-c', evaluate(step.run, context)], env, o, run)
    } else {
      throw new Error(`this runner does not know the step ${name}`)
    }
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
    if (step.id) outputsByStep[step.id] = outputs
    run.steps.push({ name, ...result, outputs })
    if (result.code !== 0) failed = true
  }
  run.summary = await readFile(summaryFile, 'utf8')
  return run
}

/**
 * actions/cache/restore as its README says it works: the exact `key`, else
 * the newest entry whose key starts with one of `restore-keys` (in order);
 * outputs `cache-hit` (exact only), `cache-primary-key`, `cache-matched-key`.
 */
async function restoreCache(
  store: string,
  workspace: string,
  w: Record<string, string>
): Promise<Record<string, string>> {
  const entries = existsSync(store) ? await readdir(store) : []
  const newest = async (names: string[]): Promise<string | undefined> => {
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(store, n))).mtimeMs })))
    return dated.sort((a, b) => b.t - a.t)[0]?.n
  }
  let matched = entries.includes(cacheName(w.key)) ? cacheName(w.key) : undefined
  for (const prefix of (w['restore-keys'] ?? '')
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean)) {
    if (matched) break
    matched = await newest(entries.filter((e) => e.startsWith(cacheName(prefix))))
  }
  if (matched) await cp(join(store, matched), join(workspace, w.path), { recursive: true })
  return {
    'cache-hit': String(matched === cacheName(w.key)),
    'cache-primary-key': w.key,
    'cache-matched-key': matched ? decodeURIComponent(matched) : ''
  }
}

/** actions/cache/save: an entry is immutable, so a key saved before is left as it was (the action warns). */
async function saveCache(
  store: string,
  workspace: string,
  w: Record<string, string>
): Promise<Record<string, string>> {
  const entry = join(store, cacheName(w.key))
  if (!existsSync(entry) && existsSync(join(workspace, w.path))) {
    await mkdir(store, { recursive: true })
    await cp(join(workspace, w.path), entry, { recursive: true })
  }
  return {}
}

/** A key as a folder name (keys may hold `/`). */
const cacheName = (key: string): string => encodeURIComponent(key)

/** Stops what `run:` steps left running (a started service), as the runner does at the end of a job. */
export function stopJobProcesses(run: JobRun): void {
  for (const pgid of run.groups) {
    try {
      process.kill(-pgid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

function stringify(env: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]))
}

function exec(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  o: { workspace: string; timeoutMs?: number },
  run: JobRun
): Promise<Omit<StepResult, 'outputs' | 'name'>> {
  return new Promise((resolve, reject) => {
    // its own process group, so a service it leaves in the background can be stopped with it
    const child = spawn(cmd, args, {
      cwd: o.workspace,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (child.pid) run.groups.push(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 90_000)
    child.on('error', reject)
    // 'exit', not 'close': a background service keeps the pipes open
    child.on('exit', (code) => {
      clearTimeout(timer)
      setTimeout(() => resolve({ code, stdout, stderr }), 50)
    })
  })
}
