// Peak RSS growth per request of an N-request run after the load: recorder
// columns, metrics, gate and files (the CSV is streamed during a real run, so
// it is not written here). The records are made here, not by a load: a load
// of millions of requests would take minutes and measure the same columns.
// `paced`: the records of a --rps run (a wait column, one request in ten
// late, service times computed beside the latencies).
// `journeys`: the records of a journey run (five looped steps): the same
// columns, and each step's own per-second series computed for its verdicts.
// Prints one JSON line. Usage: node memory-run.mjs N [paced|journeys]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const N = Number(process.argv[2] ?? 5_000_000)
const PACED = process.argv[3] === 'paced'
const JOURNEYS = process.argv[3] === 'journeys'
const lib = await import(new URL('../../dist/lib.js', import.meta.url).href)
const work = mkdtempSync(join(tmpdir(), 'perf-gate-mem-'))
const rssMb = () => process.resourceUsage().maxRSS / 1024

// warm up: the same path on a small run, so code and caches are in before the baseline
async function run(n, dir) {
  const recorder = new lib.Recorder(Date.now())
  const err = recorder.errorId('http_5xx', 'HTTP 500')
  const seconds = Math.max(1, n / 20_000)
  for (let i = 0; i < n; i++) {
    const fail = i % 200 === 0
    recorder.add(
      (i / n) * seconds * 1e6,
      800 + ((i * 7919) % 20000),
      i % 5,
      fail ? 500 : 200,
      fail ? err : 0,
      120,
      0,
      PACED && i % 10 === 0 ? 500 : 0
    )
  }
  const endpoints = [0, 1, 2, 3, 4].map((k) => ({
    name: `GET /e${k}`,
    method: 'GET',
    path: `/e${k}`,
    headers: {},
    weight: 1,
    ...(JOURNEYS ? { journey: 'j', step: `e${k}` } : {})
  }))
  const result = {
    mode: 'load',
    target: {
      service: 'bench',
      baseUrl: 'http://127.0.0.1:1',
      unreachableMessage: '',
      endpoints,
      thresholds: lib.DEFAULT_THRESHOLDS,
      secrets: []
    },
    settings: { users: 10, duration: seconds, timeout: 10 },
    outcome: {
      recorder,
      startedAtMs: recorder.epochMs,
      endedAtMs: recorder.epochMs + seconds * 1000,
      startUs: 0,
      endUs: seconds * 1e6,
      partial: false,
      stages: [],
      ...(PACED
        ? {
            pacing: {
              rate: n / seconds,
              due: n,
              sent: n,
              late: n / 10,
              dropped: 0,
              droppedAtEnd: 0,
              maxUsers: 100,
              usersReached: 10
            }
          }
        : {})
    }
  }
  const t0 = performance.now()
  const metrics = lib.calculateMetrics(result)
  const gate = lib.evaluateThresholds(metrics)
  const saved = await lib.saveResults(result, metrics, gate, { outputDir: dir, writeCsv: false })
  return { recorderBytes: recorder.allocatedBytes, ms: performance.now() - t0, dir: saved.dir }
}
await run(100_000, join(work, 'warm'))
globalThis.gc?.()
const base = process.memoryUsage().rss / 1024 / 1024
const r = await run(N, join(work, 'big'))
const peak = rssMb()
rmSync(work, { recursive: true, force: true })
console.log(
  JSON.stringify({
    requests: N,
    baseRssMb: +base.toFixed(1),
    peakRssMb: +peak.toFixed(1),
    bytesPerRequest: +(((peak - base) * 1024 * 1024) / N).toFixed(1),
    recorderBytesPerRequest: +(r.recorderBytes / N).toFixed(1),
    metricsAndFilesMs: Math.round(r.ms)
  })
)
