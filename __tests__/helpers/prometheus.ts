import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { systemDep } from './system-deps.js'
import { closedPort } from './target-server.js'

/** Debian's packages, found on PATH; `describeNeeds(PROMETHEUS_DEP)` for tests that run one. */
export const PROMETHEUS_DEP = systemDep('prometheus', 'prometheus')
export const PROMTOOL_DEP = systemDep('prometheus', 'promtool')
export const PUSHGATEWAY_DEP = systemDep('prometheus-pushgateway', 'prometheus-pushgateway', 'pushgateway')
export const PROMETHEUS = PROMETHEUS_DEP.path
export const PROMTOOL = PROMTOOL_DEP.path
export const PUSHGATEWAY = PUSHGATEWAY_DEP.path

export interface Running {
  url: string
  stop(): Promise<void>
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`exited early:\n${log()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`not ready at ${url}:\n${log()}`)
}

function start(
  bin: string,
  args: string[],
  readyUrl: (port: number) => string,
  port: number
): Promise<Running> {
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
  return waitReady(readyUrl(port), child, () => log).then(
    () => ({ url: `http://127.0.0.1:${port}`, stop }),
    async (e) => {
      await stop()
      throw e
    }
  )
}

/** A real Prometheus on 127.0.0.1 scraping `targets` every second. */
export async function startPrometheus(dir: string, targets: string[]): Promise<Running> {
  const port = await closedPort()
  await mkdir(dir, { recursive: true })
  const cfg = join(dir, 'prometheus.yml')
  await writeFile(
    cfg,
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: perf-gate\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`
  )
  return start(
    PROMETHEUS!,
    [
      `--config.file=${cfg}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`
    ],
    (p) => `http://127.0.0.1:${p}/-/ready`,
    port
  )
}

export async function startPushgateway(): Promise<Running> {
  const port = await closedPort()
  // Debian's build persists to /var/lib by default: keep each test's gateway empty and in memory
  return start(
    PUSHGATEWAY!,
    [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file='],
    (p) => `http://127.0.0.1:${p}/-/ready`,
    port
  )
}

/** An instant query through Prometheus' HTTP API. */
export async function query(
  prom: string,
  expr: string,
  time?: number
): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const u = new URL('/api/v1/query', prom)
  u.searchParams.set('query', expr)
  if (time !== undefined) u.searchParams.set('time', String(time))
  const body = (await (await fetch(u)).json()) as any
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`)
  return body.data.result
}
