import { DEFAULTS, LIMITS } from './defaults.js'
import { InputError } from './errors.js'
import { parseRunRequest, type FieldLabels, type LoadRequest, type RawRunRequest } from './run-request.js'
import { durationSeconds, httpUrl } from './validate.js'

/**
 * An A/B run: the same load against two live targets, in alternating slices,
 * so drift and a noisy neighbour hit both sides alike. A is the baseline, B
 * the candidate.
 */
export interface AbRequest {
  /** the load of each slice (its duration is the whole run's; `baseUrl` unused) */
  load: LoadRequest
  aUrl: URL
  bUrl: URL
  /** seconds of one slice */
  slice: number
  /**
   * `--max-duration`: while undecided, more looks of `duration` each, up to
   * this many seconds (a whole number of looks, at most MAX_LOOKS); unset: one look
   */
  maxDuration?: number
}

export interface RawAbRequest extends Omit<
  RawRunRequest,
  'mode' | 'baseUrl' | 'rampUp' | 'steps' | 'stopOnBreak'
> {
  aUrl?: string
  bUrl?: string
  slice?: string | number
  maxDuration?: string | number
}

export interface AbLabels {
  run: FieldLabels
  aUrl: string
  bUrl: string
  slice: string
  maxDuration: string
}

/** Fewer slices than this (5 pairs) and the comparison cannot decide: the run is refused up front. */
export const MIN_AB_SLICES = 10

/** `--max-duration`: the most looks a run may plan (the O'Brien–Fleming table's end, gate/sequential.ts). */
export const MAX_LOOKS = 10

/** Seconds: the shortest slice of one side. */
export const MIN_AB_SLICE = 0.5

export function parseAbRequest(raw: RawAbRequest, labels: AbLabels): AbRequest {
  const load = parseRunRequest({ ...raw, mode: 'load' }, labels.run) as LoadRequest
  const url = (label: string, value: string | undefined): URL => {
    if (value === undefined || value === '')
      throw new InputError(label, 'is required: the base URL of one side, such as http://localhost:8080')
    return httpUrl(label, value)
  }
  const aUrl = url(labels.aUrl, raw.aUrl)
  const bUrl = url(labels.bUrl, raw.bUrl)
  if (aUrl.href === bUrl.href)
    throw new InputError(labels.bUrl, `must differ from ${labels.aUrl} (both are ${aUrl.href})`)
  const slice = durationSeconds(labels.slice, raw.slice, DEFAULTS.abSlice, 600)
  if (slice < MIN_AB_SLICE) {
    throw new InputError(
      labels.slice,
      `must be at least ${MIN_AB_SLICE * 1000}ms: a shorter slice is mostly its own start (connections, the first requests), which the comparison would then measure (got ${JSON.stringify(raw.slice)})`
    )
  }
  if (load.duration / slice < MIN_AB_SLICES) {
    throw new InputError(
      labels.run.duration,
      `must hold at least ${MIN_AB_SLICES} slices of ${slice} s (${MIN_AB_SLICES * slice} s) for the comparison to decide; lengthen it or shorten ${labels.slice}`
    )
  }
  const maxDuration = durationSeconds(labels.maxDuration, raw.maxDuration, load.duration, LIMITS.duration)
  const looks = Math.floor(maxDuration / load.duration + 1e-9)
  if (maxDuration < load.duration || looks > MAX_LOOKS)
    throw new InputError(
      labels.maxDuration,
      `must be from ${labels.run.duration} (${load.duration} s: one look) to ${MAX_LOOKS} times it (${MAX_LOOKS * load.duration} s): each look adds ${labels.run.duration} of slices (got ${JSON.stringify(raw.maxDuration)})`
    )
  return { load, aUrl, bUrl, slice, ...(looks > 1 ? { maxDuration: looks * load.duration } : {}) }
}
