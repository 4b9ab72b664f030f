// The raw runs `npm run calibrate` keeps (bench/results/calibration-raw.json.gz),
// read and written by calibrate.mjs and re-judged by calibrate-history.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'

export const RAW = join(
  fileURLToPath(new URL('../..', import.meta.url)),
  'bench/results/calibration-raw.json.gz'
)

/** A window as the raw file keeps it: [requests, sent, errors, p50 s, p95 s, seconds]. */
export const pack = (w) => [w.requests, w.sent, w.errors, w.p50, w.p95, w.seconds]
export const unpack = ([requests, sent, errors, p50, p95, seconds]) => ({
  requests,
  sent,
  errors,
  p50,
  p95,
  seconds
})
export const packRun = (rw) => ({ headline: rw.headline, windows: rw.windows.map(pack) })
export const unpackRun = (r) => ({ headline: r.headline, windows: r.windows.map(unpack) })

export function readRaw() {
  if (!existsSync(RAW)) return { series: {} }
  return JSON.parse(gunzipSync(readFileSync(RAW)).toString('utf8'))
}

export function writeRaw(raw) {
  mkdirSync(dirname(RAW), { recursive: true })
  writeFileSync(RAW, gzipSync(JSON.stringify(raw)))
}
