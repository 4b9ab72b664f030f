// The generators the bench compares, each run as its own process on core 0.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pinned } from './targets.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

function run(cmd, args, opts = {}, cpu = 0) {
  const [c, a] = cpu === undefined ? [cmd, args] : pinned(cpu, cmd, args)
  const r = spawnSync(c, a, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts })
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(0, 400)}`)
  return r.stdout
}

/** Each returns requests per second, or undefined when the tool is not installed. */
export const GENERATORS = {
  wrk: (url, connections, seconds) => {
    if (!has('wrk')) return undefined
    const out = run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, url])
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1])
  },
  hey: (url, connections, seconds) => {
    if (!has('hey')) return undefined
    const out = run('hey', ['-z', `${seconds}s`, '-c', String(connections), url])
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1])
  },
  autocannon: (url, connections, seconds) => {
    const r = bareAutocannon({ url, connections, duration: seconds })
    return r.requests.total / r.duration
  },
  'perf-gate': (url, connections, seconds, work) => {
    const m = perfGate(url, ['--users', String(connections), '--duration', String(seconds)], work)
    return m.requests_per_second
  }
}

/** autocannon on its own, no listener: the engine's ceiling. Resolves autocannon's result. */
export function bareAutocannon(options) {
  const file = join(root, 'node_modules', `.perf-gate-bench-${process.pid}.mjs`)
  writeFileSync(
    file,
    `import autocannon from 'autocannon'
const r = await autocannon(${JSON.stringify(options)})
console.log(JSON.stringify(r))`
  )
  try {
    return JSON.parse(run(process.execPath, [file]).trim().split('\n').pop())
  } finally {
    rmSync(file, { force: true })
  }
}

/**
 * `perf-gate load` (the built CLI, every request recorded, CSV streamed); resolves its metrics.json.
 * `cpu`: the core it is pinned to (its worker threads too); undefined lets it use any.
 */
export function perfGate(url, flags, work, cpu = 0, service = '    endpoints: [{ path: / }]\n') {
  const cfg = join(work, 'bench.yml')
  writeFileSync(cfg, `services:\n  bench:\n    base_url: ${url.replace(/\/$/, '')}\n${service}`)
  const out = join(work, `run-${Date.now()}`)
  const res = JSON.parse(
    run(
      process.execPath,
      [
        join(root, 'dist/cli.js'),
        'load',
        'bench',
        '--config',
        cfg,
        ...flags,
        '--output-dir',
        out,
        '--json',
        '--quiet',
        '--fail-on',
        'never'
      ],
      {},
      cpu
    )
  )
  return JSON.parse(readFileSync(res.metrics_file, 'utf8'))
}
