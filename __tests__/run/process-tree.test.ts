import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { parseWatchPid } from '../../src/config/watch-pid.js'
import {
  parseProcStat,
  parseVmRss,
  processExists,
  procUnavailable,
  readTree,
  treeOf,
  type ProcStat
} from '../../src/run/process-tree.js'
import { checkWatchable, ResourceSampler, resourceWatch } from '../../src/run/resource-sampler.js'

/**
 * The /proc reading on real processes this test starts (a service, its
 * child, a busy loop), and the tree walk and parsing on what /proc writes.
 * Every child is stopped after each test.
 */
const started: ChildProcess[] = []
afterEach(async () => {
  for (const c of started.splice(0)) {
    if (c.exitCode === null && c.signalCode === null) {
      const gone = new Promise((r) => c.once('exit', r))
      c.kill('SIGKILL')
      await gone
    }
  }
})

/** A node process running `code`, resolved once it printed its first line (it is set up then). */
async function node(code: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  started.push(child)
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()))
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready`)))
  })
  return { child, line }
}

const MB = 1e6
const linux = process.platform === 'linux' ? describe : describe.skip

describe('parsing /proc', () => {
  it('reads ppid, state and CPU ticks after the last ")": a name may hold spaces and parentheses', () => {
    const fields = ['S', '41', '42', '42', '0', '-1', '4194560', '10', '0', '0', '0', '150', '25', '0', '0']
    const rest = [...fields, '20', '0', '1', '0', '98765', '1000000', '2000']
    expect(parseProcStat(`4242 (my (odd) name) ${rest.join(' ')}\n`)).toEqual({
      pid: 4242,
      ppid: 41,
      state: 'S',
      cpuTicks: 175,
      startTicks: 98765
    })
    expect(parseProcStat('garbage')).toBeUndefined()
  })

  it('VmRSS in kB as bytes; none (a zombie) is 0', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t   51200 kB\nRssAnon:\t 100 kB\n')).toBe(
      51200 * 1024
    )
    expect(parseVmRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0)
  })

  it('walks the tree from its root through every parent id, root first; other trees and cycles left out', () => {
    const p = (pid: number, ppid: number): ProcStat => ({ pid, ppid, state: 'S', cpuTicks: 0, startTicks: 0 })
    const all = [
      p(1, 0),
      p(10, 1),
      p(11, 10),
      p(12, 10),
      p(13, 12),
      p(20, 1),
      p(21, 20),
      p(30, 31),
      p(31, 30)
    ]
    expect(treeOf(10, all).map((s) => s.pid)).toEqual([10, 11, 12, 13])
    expect(treeOf(13, all).map((s) => s.pid)).toEqual([13])
    expect(treeOf(30, all).map((s) => s.pid)).toEqual([30, 31])
    expect(treeOf(99, all)).toEqual([])
  })
})

linux('a real process tree', () => {
  it('its own /proc/PID/stat parses to the process node knows', async () => {
    const { child } = await node('console.log("up"); setInterval(() => {}, 1000)')
    const stat = parseProcStat(await readFile(`/proc/${child.pid}/stat`, 'utf8'))!
    expect(stat).toMatchObject({ pid: child.pid, ppid: process.pid, state: expect.stringMatching(/^[RS]$/) })
    expect(stat.startTicks).toBeGreaterThan(0)
  })

  it('sums the RSS of a service and its child, each holding 40 MB it wrote to', async () => {
    const hold = 'globalThis.b = Buffer.alloc(40e6, 1)'
    const grandchild = `${hold}; console.log("up"); setInterval(() => {}, 1000)`
    const { child, line } = await node(
      `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: ['ignore', 'pipe', 'inherit'] });` +
        `c.stdout.once('data', () => { ${hold}; console.log(c.pid) }); setInterval(() => {}, 1000)`
    )
    const grandchildPid = Number(line)
    // not the test's own child: ended here, whatever the assertions say, so nothing outlives the test
    try {
      const tree = (await readTree(child.pid!))!
      expect(tree.processes.map((p) => p.pid)).toEqual([child.pid, grandchildPid])
      expect(tree.rssBytes).toBeGreaterThan(80 * MB)
      // the grandchild alone is the root of its own, smaller tree
      const alone = (await readTree(grandchildPid))!
      expect(alone.processes.map((p) => p.pid)).toEqual([grandchildPid])
      expect(alone.rssBytes).toBeGreaterThan(40 * MB)
      expect(alone.rssBytes).toBeLessThan(tree.rssBytes)
    } finally {
      process.kill(grandchildPid, 'SIGKILL')
    }
  })

  it('samples CPU over wall time: a busy loop near one core, an idle process near none', async () => {
    const busy = await node('console.log("up"); for (;;) {}')
    const idle = await node('console.log("up"); setInterval(() => {}, 1000)')
    const readings = [0, 0]
    const samplers = await Promise.all(
      [busy, idle].map(({ child }, k) =>
        ResourceSampler.start(
          { pid: child.pid!, watched: 'watch_pid', label: '--watch-pid' },
          { intervalMs: 300, onReading: () => readings[k]++ }
        )
      )
    )
    // five readings each, however late a busy machine's timers fire (a fixed 1.7 s once gave 3)
    const deadline = Date.now() + 15_000
    while (Math.min(...readings) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    const [b, i] = await Promise.all(samplers.map((s) => s.stop()))
    const mean = (w: typeof b): number => {
      const pts = w.series.points()
      return pts.reduce((a, p) => a + p.cpuPercent, 0) / pts.length
    }
    expect(b.series.points().length).toBeGreaterThanOrEqual(4)
    // the machine is shared: a busy loop gets most of a core, not necessarily all of it
    expect(mean(b)).toBeGreaterThan(40)
    expect(mean(b)).toBeLessThan(110)
    expect(mean(i)).toBeLessThan(10)
    expect(b.proc).toEqual({ pid: busy.child.pid, watched: 'watch_pid', command: 'node' })
  }, 30_000)

  it('a process that exits during the run: said once, sampling stops there, what was read is kept', async () => {
    const { child } = await node('console.log("up"); setTimeout(() => process.exit(0), 700)')
    const said: string[] = []
    const readings: number[] = []
    const sampler = await ResourceSampler.start(
      { pid: child.pid!, watched: 'watch_pid', label: '--watch-pid' },
      { intervalMs: 200, log: (l) => said.push(l), onReading: (r) => readings.push(r.rssBytes) }
    )
    await new Promise((r) => setTimeout(r, 1500))
    const w = await sampler.stop()
    expect(said).toEqual([
      expect.stringMatching(
        new RegExp(`^perf-gate: sampling the memory and CPU of pid ${child.pid} \\(node\\)`)
      ),
      `⚠ the watched process ${child.pid} (--watch-pid) is gone: its memory and CPU are no longer sampled; the run goes on`
    ])
    expect(w.proc.exitedAtMs).toBeGreaterThan(0)
    expect(readings.length).toBeGreaterThanOrEqual(1)
    expect(w.series.points().length).toBe(readings.length)
  })

  it('where /proc cannot be read: said once, nothing sampled, and nothing thrown', async () => {
    const said: string[] = []
    const sampler = await ResourceSampler.start(
      { pid: process.pid, watched: 'watch_pid', label: '--watch-pid' },
      { intervalMs: 100, procRoot: '/nonexistent/proc', log: (l) => said.push(l) }
    )
    await new Promise((r) => setTimeout(r, 300))
    const w = await sampler.stop()
    expect(said).toEqual([
      "perf-gate: the service's memory and CPU are unavailable: /nonexistent/proc cannot be read (ENOENT); the run goes on without them"
    ])
    expect(w.proc.unavailable).toBe('/nonexistent/proc cannot be read (ENOENT)')
    expect(w.series.points()).toEqual([])
    expect(await procUnavailable()).toBeUndefined()
  })
})

describe('--watch-pid', () => {
  const labels = { watchPid: '--watch-pid', start: '--start' }

  it('a whole number naming a running process; anything else is one line naming the flag', () => {
    expect(parseWatchPid(' 1234 ', labels, false)).toBe(1234)
    expect(parseWatchPid('', labels, false)).toBeUndefined()
    expect(() => parseWatchPid('12a', labels, false)).toThrow(
      '--watch-pid: must be the process id of the running service, a whole number from 1 to 4194304 (got "12a")'
    )
    expect(() => parseWatchPid('0', labels, false)).toThrow(/^--watch-pid: must be the process id/)
    expect(() => parseWatchPid('1234', labels, true)).toThrow(
      '--watch-pid: watches a service perf-gate did not start; with --start perf-gate already watches the service it started and its children: give one of the two'
    )
  })

  it('a pid that names no process is refused before the run (exit 2)', () => {
    expect(processExists(process.pid)).toBe(true)
    expect(processExists(4_194_303)).toBe(false)
    expect(() => checkWatchable({ pid: 4_194_303, watched: 'watch_pid', label: '--watch-pid' })).toThrow(
      '--watch-pid: no process 4194303 is running: give the pid of the running service (e.g. $(pgrep -f my-service))'
    )
    // the service --start started is there by construction
    expect(() => checkWatchable({ pid: process.pid, watched: 'start', label: '--start' })).not.toThrow()
  })

  it('with --start the started service is watched, else the pid given, else nothing', () => {
    const labels2 = { start: '--start', watchPid: '--watch-pid' }
    expect(resourceWatch({ pid: 7, command: 'npm start' }, undefined, labels2)).toEqual({
      pid: 7,
      watched: 'start',
      command: 'npm start',
      label: '--start'
    })
    expect(resourceWatch(undefined, 8, labels2)).toEqual({
      pid: 8,
      watched: 'watch_pid',
      label: '--watch-pid'
    })
    expect(resourceWatch(undefined, undefined, labels2)).toBeUndefined()
  })
})
