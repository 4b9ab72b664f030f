import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { RunSample } from '../../gate/compare.js'
import type { Recorder } from '../../engine/recorder.js'
import type { RunDocument } from '../run-document.js'
import { readRunDocument } from './read-run.js'

/** Enough for the rank test to see a 10% shift; more only costs time. */
export const MAX_SAMPLES = 5000

/** The response_time column (5th) of one results.csv line; fields before it may be quoted. */
function responseTime(line: string): number {
  let field = 0
  let i = 0
  while (field < 4 && i < line.length) {
    if (line[i] === '"') {
      i++
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) i += line[i] === '"' ? 2 : 1
      i++
    } else {
      while (i < line.length && line[i] !== ',') i++
    }
    i++ // the comma
    field++
  }
  const end = line.indexOf(',', i)
  return Number(line.slice(i, end < 0 ? undefined : end))
}

function rpsSamples(doc: RunDocument): number[] {
  // the last second is shorter and scaled; leave it out of a per-second comparison
  return doc.timeseries.slice(0, -1).map((p) => p.requests_per_second)
}

/** A sample of a saved run: every k-th latency of results.csv, and its per-second rates. */
export async function sampleFromRunDir(dir: string, doc: RunDocument): Promise<RunSample> {
  const csv = join(dir, 'results.csv')
  const latencies: number[] = []
  try {
    await access(csv)
    const stride = Math.max(1, Math.ceil(doc.total_requests / MAX_SAMPLES))
    let n = -1
    for await (const line of createInterface({ input: createReadStream(csv), crlfDelay: Infinity })) {
      if (n++ < 0 || !line) continue // header
      if (n % stride === 0) {
        const v = responseTime(line)
        if (Number.isFinite(v)) latencies.push(v)
      }
    }
  } catch {
    // metrics.json alone: rates and error counts can still be compared
  }
  return {
    latencies,
    rps: rpsSamples(doc),
    total: doc.total_requests,
    failed: doc.failed_requests,
    headline: headline(doc)
  }
}

function headline(
  doc: Pick<RunDocument, 'median_response_time' | 'p95_response_time' | 'requests_per_second'>
): RunSample['headline'] {
  return { median: doc.median_response_time, p95: doc.p95_response_time, rps: doc.requests_per_second }
}

/** The same sample, taken from a run still in memory. */
export function sampleFromRecorder(
  recorder: Recorder,
  doc: Pick<
    RunDocument,
    | 'timeseries'
    | 'total_requests'
    | 'failed_requests'
    | 'median_response_time'
    | 'p95_response_time'
    | 'requests_per_second'
  >
): RunSample {
  const stride = Math.max(1, Math.ceil(recorder.length / MAX_SAMPLES))
  const latencies: number[] = []
  for (let i = 0; i < recorder.length; i += stride) latencies.push(recorder.latencyUs(i) / 1e6)
  return {
    latencies,
    rps: rpsSamples(doc as RunDocument),
    total: doc.total_requests,
    failed: doc.failed_requests,
    headline: headline(doc)
  }
}

/** A previous run to compare with: its metrics.json, its directory and a sample of its requests. */
export interface Baseline {
  dir: string
  doc: RunDocument
  sample: RunSample
}

/** Reads a baseline run (directory or metrics.json); `field` names the flag or input in errors. */
export async function readBaseline(path: string, field: string): Promise<Baseline> {
  const { dir, doc } = await readRunDocument(path, field)
  return { dir, doc, sample: await sampleFromRunDir(dir, doc) }
}
