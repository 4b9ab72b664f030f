import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { readLog } from './log-end.js'

/** How a shell command ended: its exit code (null when a signal ended it) and the last lines of its output. */
export interface ShellResult {
  code: number | null
  signal: NodeJS.Signals | null
  tail: string[]
}

/**
 * Runs a command line (a build) in its own process group with its output in
 * `logFile`, and waits for it. An abort, or perf-gate ending any way at
 * all, kills the whole group: a build must not outlive the bisect that
 * started it.
 */
export async function runShellCommand(
  command: string,
  options: { cwd: string; logFile: string; env: NodeJS.ProcessEnv; signal?: AbortSignal; tailLines?: number }
): Promise<ShellResult> {
  const fd = openSync(options.logFile, 'a')
  const child = (() => {
    try {
      return spawn(command, {
        shell: true,
        detached: true,
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', fd, fd]
      })
    } finally {
      closeSync(fd)
    }
  })()
  const kill = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // the group is gone already
    }
  }
  process.once('exit', kill)
  options.signal?.addEventListener('abort', kill, { once: true })
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (c, s) => resolve([c, s]))
    })
    // what the shell left running in the background goes with it
    kill()
    const text = await readLog(options.logFile)
    return {
      code,
      signal,
      tail: text
        .trimEnd()
        .split('\n')
        .slice(-(options.tailLines ?? 10))
    }
  } finally {
    process.removeListener('exit', kill)
    options.signal?.removeEventListener('abort', kill)
  }
}
