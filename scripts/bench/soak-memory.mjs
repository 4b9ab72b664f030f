// Peak RSS of closed-loop soaks against nginx at growing request counts, kept
// as histograms and kept request by request: the first must stay flat, the
// second grows with the run. Each run is the built CLI under /usr/bin/time
// (its maximum resident set), on core 0, nginx on core 1.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pinned } from './targets.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** One soak of about `requests` requests at `rate` req/s: its requests, seconds and peak RSS (MB). */
export function soakRun(url, work, { requests, rate, record }) {
  const cfg = join(work, 'soak.yml')
  writeFileSync(
    cfg,
    `services:\n  bench:\n    base_url: ${url.replace(/\/$/, '')}\n    endpoints: [{ path: / }]\n`
  )
  const duration = Math.max(3, Math.round(requests / rate))
  const out = join(work, `soak-${Date.now()}`)
  const [cmd, args] = pinned(0, '/usr/bin/time', [
    '-f',
    'peak-kb %M',
    process.execPath,
    join(root, 'dist/cli.js'),
    'soak',
    'bench',
    '--config',
    cfg,
    '--users',
    '50',
    '--duration',
    String(duration),
    '--record',
    record,
    '--output-dir',
    out,
    '--json',
    '--quiet',
    '--fail-on',
    'never'
  ])
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0) throw new Error(`soak failed (${r.status}): ${r.stderr.slice(-400)}`)
  const peakKb = Number(/peak-kb (\d+)/.exec(r.stderr)[1])
  const res = JSON.parse(r.stdout)
  const m = JSON.parse(readFileSync(res.metrics_file, 'utf8'))
  return { requests: m.total_requests, seconds: m.total_duration, peakMb: peakKb / 1024 }
}
