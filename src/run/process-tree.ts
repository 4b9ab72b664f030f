import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

/**
 * A process and its descendants, read from Linux's /proc: what the service
 * under test costs in memory and CPU. A service is rarely one process (a
 * shell running node, a master and its workers, gunicorn's forks), so the
 * tree is walked through every process's parent id, each reading afresh:
 * children come and go during a run.
 */

/**
 * The kernel reports /proc times in USER_HZ ticks, 100 a second on every
 * Linux ABI perf-gate runs on (x86, arm), whatever HZ the kernel was built with.
 */
export const USER_HZ = 100

/** What /proc/PID/stat says of a process that the sampler uses. */
export interface ProcStat {
  pid: number
  ppid: number
  /** R, S, D, Z (exited, not yet reaped), … */
  state: string
  /** user + system CPU time, ticks of USER_HZ */
  cpuTicks: number
  /** when it started, ticks since boot: a pid reused by a new process has another */
  startTicks: number
}

/**
 * Parses /proc/PID/stat. Its second field, the name, is in parentheses and
 * may itself hold spaces and parentheses (`(my (weird) name)`), so the
 * fields after it are counted from the last `)`: state is field 3, ppid 4,
 * utime 14, stime 15, starttime 22.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')')
  const pid = Number.parseInt(text, 10)
  if (close < 0 || !Number.isInteger(pid)) return undefined
  const f = text
    .slice(close + 1)
    .trim()
    .split(/\s+/)
  // f[0] is field 3
  const field = (n: number): number => Number(f[n - 3])
  const stat = {
    pid,
    ppid: field(4),
    state: f[0],
    cpuTicks: field(14) + field(15),
    startTicks: field(22)
  }
  return Number.isFinite(stat.ppid) && Number.isFinite(stat.cpuTicks) ? stat : undefined
}

/** VmRSS of /proc/PID/status in bytes (the file says kB); 0 for a process with no memory of its own (a zombie). */
export function parseVmRss(text: string): number {
  const m = /^VmRSS:\s*(\d+)\s*kB/m.exec(text)
  return m ? Number(m[1]) * 1024 : 0
}

/**
 * The root and every process below it, root first; the others in the
 * order they are found, each after its parent. Pure: `stats` is a snapshot
 * of every process.
 */
export function treeOf(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>()
  let top: ProcStat | undefined
  for (const s of stats) {
    if (s.pid === root) top = s
    const list = children.get(s.ppid)
    if (list) list.push(s)
    else children.set(s.ppid, [s])
  }
  if (!top) return []
  const out = [top]
  // breadth first; a pid seen twice (a racy snapshot) is not walked again
  const seen = new Set([root])
  for (let i = 0; i < out.length; i++) {
    for (const c of children.get(out[i].pid) ?? []) {
      if (seen.has(c.pid)) continue
      seen.add(c.pid)
      out.push(c)
    }
  }
  return out
}

/** Whether a process with this pid runs now (one of another user counts: it exists). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Why process figures cannot be read here, or undefined when /proc can be. */
export async function procUnavailable(procRoot = '/proc'): Promise<string | undefined> {
  if (process.platform !== 'linux' && procRoot === '/proc')
    return `memory and CPU are read from /proc, which only Linux has (this is ${process.platform})`
  try {
    await readFile(join(procRoot, 'self', 'stat'), 'utf8')
    return undefined
  } catch (e) {
    return `${procRoot} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    // the process ended between the listing and the read
    return undefined
  }
}

/** Every process's stat, read afresh. */
export async function readAllStats(procRoot = '/proc'): Promise<ProcStat[]> {
  const pids = (await readdir(procRoot)).filter((name) => /^\d+$/.test(name))
  const texts = await Promise.all(pids.map((pid) => readText(join(procRoot, pid, 'stat'))))
  return texts.flatMap((t) => {
    const s = t === undefined ? undefined : parseProcStat(t)
    return s ? [s] : []
  })
}

/** One reading of a process tree: its processes' CPU ticks by pid, and their RSS summed. */
export interface TreeReading {
  processes: ProcStat[]
  rssBytes: number
}

/** The tree under `root` now; undefined when the root is gone (or exited, waiting to be reaped). */
export async function readTree(root: number, procRoot = '/proc'): Promise<TreeReading | undefined> {
  const processes = treeOf(root, await readAllStats(procRoot))
  if (processes.length === 0 || processes[0].state === 'Z') return undefined
  const rss = await Promise.all(
    processes.map(async (p) => {
      const text = await readText(join(procRoot, String(p.pid), 'status'))
      return text === undefined ? 0 : parseVmRss(text)
    })
  )
  return { processes, rssBytes: rss.reduce((a, b) => a + b, 0) }
}

/**
 * The process's program (`node`, `java`): its command line's first word,
 * without its folder and without the arguments, which may hold a secret.
 * The thread name in /proc/PID/comm is the fallback (node's says `MainThread`).
 */
export async function processName(pid: number, procRoot = '/proc'): Promise<string | undefined> {
  const argv0 = (await readText(join(procRoot, String(pid), 'cmdline')))?.split('\0')[0]
  const program = argv0 ? basename(argv0) : undefined
  return program || (await readText(join(procRoot, String(pid), 'comm')))?.trim() || undefined
}
