// results.csv under each --csv choice: bytes per request and write time, for N
// records made here (one in 100 failed, as a service at a 1% error rate), not by
// a load: the file and its writer are those of a real run. Prints one JSON line.
// Usage: node csv-run.mjs N
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const N = Number(process.argv[2] ?? 1_000_000)
const lib = await import(new URL('../../dist/lib.js', import.meta.url).href)
const work = mkdtempSync(join(tmpdir(), 'perf-gate-csv-'))
const CHOICES = ['all', 'errors', 'sample:100', 'sample:1000', 'none']

const recorder = new lib.Recorder(Date.now())
const err = recorder.errorId('http_5xx', 'HTTP 500')
for (let i = 0; i < N; i++) {
  const fail = i % 100 === 0
  recorder.add((i / N) * 60e6, 800 + ((i * 7919) % 20000), i % 5, fail ? 500 : 200, fail ? err : 0, 120)
}
const endpoints = [0, 1, 2, 3, 4].map((k) => ({
  name: `GET /e${k}`,
  method: 'GET',
  path: `/api/items/e${k}`,
  headers: {},
  weight: 1
}))
try {
  const out = {}
  for (const choice of CHOICES) {
    const file = join(work, `${choice.replace(':', '-')}.csv`)
    const started = process.hrtime.bigint()
    // streamed in batches of a second's records at 20,000 req/s, as a run writes it
    const w = new lib.CsvWriter(file, endpoints, choice)
    for (let from = 0; from < N; from += 20_000) await w.append(recorder, from, Math.min(N, from + 20_000))
    await w.close()
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    out[choice] = { bytes: statSync(file).size, ms }
  }
  console.log(JSON.stringify({ requests: N, choices: out }))
} finally {
  rmSync(work, { recursive: true, force: true })
}
