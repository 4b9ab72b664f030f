import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, parseOutputs, runnerInputEnv } from './action-env.js'
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
 * say `if: always()`. Checkout is a no-op: the workspace is the repository.
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
    if (failed && !/always\(\)/.test(step.if ?? '')) continue
    const context: Record<string, string> = { 'github.token': 'ghs_workflow_token', ...o.context }
    for (const [k, v] of Object.entries(jobEnv)) context[`env.${k}`] = v
    for (const [k, v] of Object.entries(o.secrets)) context[`secrets.${k}`] = v
    for (const [id, outs] of Object.entries(outputsByStep))
      for (const [k, v] of Object.entries(outs)) context[`steps.${id}.outputs.${k}`] = v
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
