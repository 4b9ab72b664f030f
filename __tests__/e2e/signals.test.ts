import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { runCliOnce } from '../helpers/cli-run-dir.js'
import { NODE24, ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

// Interruption at any moment, as a terminal, a CI job or a cancelled workflow
// sends it: the built CLI and action as child processes, signals at set times.

let target: TargetServer
let dir: string
let config: string

beforeAll(async () => {
  target = await startTargetServer()
  dir = await tempDir('perf-gate-signals-')
  config = join(dir, 'perf-gate.yml')
  await writeFile(
    config,
    `services:\n  api:\n    base_url: ${target.url}\n    endpoints: [{ path: /slow }]\n`
  )
})
afterAll(() => target.close())

const longRun = (): string[] => ['load', 'api', '--config', config, '--users', '2', '--duration', '30']
const received = (): number => target.received['/slow'] ?? 0

/** Every file of a complete run directory, each non-empty. */
async function expectComplete(runDir: string): Promise<Record<string, unknown>> {
  for (const f of ['results.csv', 'metrics.json', 'report.html', 'report.css', 'summary.md', 'junit.xml'])
    expect([f, (await readFile(join(runDir, f), 'utf8')).length > 0]).toEqual([f, true])
  return JSON.parse(await readFile(join(runDir, 'metrics.json'), 'utf8'))
}

/** Whether the process has a SIGHUP handler (Linux: bit 1 of SigCgt in /proc/PID/status). */
async function catchesSighup(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(status)?.[1]
  return mask !== undefined && (BigInt(`0x${mask}`) & 1n) !== 0n
}

describe('signals', () => {
  // Before dist/cli.js runs its first line, a signal can only end Node (the signal's own exit);
  // how long that takes depends on the machine (40–90 ms here, more on a busy CI runner), so at
  // a set time either ending is right as long as it leaves nothing half-done
  it.each([
    ['SIGTERM', 50],
    ['SIGINT', 50],
    ['SIGHUP', 50],
    ['SIGTERM', 150],
    ['SIGINT', 300],
    ['SIGHUP', 600]
  ] as const)(
    '%s %i ms after start: nothing sent and written, or exit 3 and a complete partial run',
    async (sig, ms) => {
      const before = received()
      const { run, runDir } = await runCliOnce(longRun(), {
        onSpawn: (child) => setTimeout(() => child.kill(sig), ms)
      })
      if (run.code === null) expect([run.signal, runDir, received()]).toEqual([sig, undefined, before])
      else expect(run.code).toBe(3)
      if (runDir) expect((await expectComplete(runDir)).partial).toBe(true)
      else expect(received()).toBe(before)
    }
  )

  // From the first line of dist/cli.js on, a signal is perf-gate's: the moment the kernel shows
  // the handler, the signal must end in exit 3, however early in the start-up that is. SIGHUP
  // tells: Node itself catches SIGINT and SIGTERM from its C++ start (to restore the terminal),
  // and the one trap (trapStopSignals) installs all three together
  it('SIGHUP as soon as the handler is in place: exit 3, nothing half-written', async () => {
    const { run, runDir } = await runCliOnce(longRun(), {
      onSpawn: (child) => {
        const poll = async (): Promise<void> => {
          if (child.exitCode !== null || child.signalCode !== null) return
          if (await catchesSighup(child.pid!)) child.kill('SIGHUP')
          else setTimeout(poll, 2)
        }
        void poll()
      }
    })
    expect([run.code, run.signal]).toEqual([3, null])
    if (runDir) expect((await expectComplete(runDir)).partial).toBe(true)
  })

  it('SIGHUP mid-run (a closed terminal) stops like Ctrl-C: exit 3 and a complete partial run', async () => {
    const { run, runDir } = await runCliOnce(longRun(), {
      onSpawn: (child) => setTimeout(() => child.kill('SIGHUP'), 1500)
    })
    expect(run.code).toBe(3)
    const metrics = await expectComplete(runDir!)
    expect(metrics).toMatchObject({ partial: true, abort_reason: 'stopped by signal' })
  })

  it('a second signal 20 ms after the first finishes the write instead of abandoning it', async () => {
    const { run, runDir } = await runCliOnce(longRun(), {
      onSpawn: (child) =>
        setTimeout(() => {
          child.kill('SIGINT')
          setTimeout(() => child.kill('SIGTERM'), 20)
        }, 1500)
    })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      'perf-gate: SIGTERM: writing the partial results, a moment (again to quit now)'
    )
    const metrics = await expectComplete(runDir!)
    expect(metrics.partial).toBe(true)
  })

  it('summary skips, and says so, a run directory cut short before its metrics.json', async () => {
    const reports = join(dir, 'reports-with-a-cut-run')
    const done = await runCli([
      'load',
      'api',
      '--config',
      config,
      '--duration',
      '1',
      '--output-dir',
      reports,
      '--json'
    ])
    expect(done.code).toBe(0)
    // what a killed process (SIGKILL: nothing can catch it) leaves behind
    const cut = join(reports, 'load_test_api_20260101_000000')
    await mkdir(cut)
    await writeFile(join(cut, 'results.csv'), 'timestamp,endpoint\n')
    const summary = await runCli(['summary', reports])
    expect(summary.code).toBe(0)
    expect(summary.stderr).toContain(
      'perf-gate: summary: skipped load_test_api_20260101_000000: no complete metrics.json'
    )
    // the one complete run is listed
    expect(
      summary.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('load api'))
    ).toHaveLength(1)
  })

  it('the action cancelled (the runner sends SIGINT, then SIGTERM): partial results still published', async () => {
    const out = join(dir, 'action-out')
    const outputFile = join(dir, 'cancel.output')
    const summaryFile = join(dir, 'cancel.summary.md')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    const run = await runCli([], {
      script: join(ROOT, 'dist/index.js'),
      node: NODE24,
      cwd: dir,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_NAME: 'push',
        ...runnerInputEnv(
          {
            service: 'api',
            config,
            users: '2',
            duration: '30',
            'output-dir': out,
            comment: 'false'
          },
          { 'github.token': '' }
        )
      },
      onSpawn: (child) =>
        setTimeout(() => {
          child.kill('SIGINT')
          setTimeout(() => child.kill('SIGTERM'), 100)
        }, 1500)
    })
    expect(run.stdout).toMatch(
      /::error::perf-gate: the run was aborted \(stopped by signal\); partial results kept/
    )
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
    // the verdict is of the part that ran: `partial` says so
    expect(outputs.partial).toBe('true')
    const runDir = outputs['report-dir']
    expect((await readdir(out)).length).toBe(1)
    const metrics = await expectComplete(runDir)
    expect(metrics.partial).toBe(true)
    expect(await readFile(summaryFile, 'utf8')).toContain('api load test')
    expect(existsSync(runDir)).toBe(true)
  })
})
