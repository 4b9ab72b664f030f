import { AB_PAIRINGS, type AbPairing } from './ab-pairing.js'
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
   * `--max-duration` (or the config's `ab.max_duration`): while undecided,
   * more looks of `duration` each, up to this many seconds (a whole number of
   * looks, at most MAX_LOOKS); unset, or equal to `duration`: one look
   */
  maxDuration?: number
  /**
   * `alternate` (unset: the config's `ab.pairing`, else this): one side at a
   * time, A B B A …, each side half the run; `duet`: both sides at once
   * through the whole run, slice k of A beside slice k of B, so a noisy
   * neighbour's burst slows both alike (duet benchmarking, Bulej et al.
   * 2020): the two services share the machine
   */
  pairing?: AbPairing
}

export interface RawAbRequest extends Omit<
  RawRunRequest,
  'mode' | 'baseUrl' | 'rampUp' | 'steps' | 'stopOnBreak'
> {
  aUrl?: string
  bUrl?: string
  slice?: string | number
  maxDuration?: string | number
  pairing?: string
}

export interface AbLabels {
  run: FieldLabels
  aUrl: string
  bUrl: string
  slice: string
  maxDuration: string
  pairing: string
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
  const given = raw.maxDuration !== undefined && raw.maxDuration !== ''
  return {
    load,
    aUrl,
    bUrl,
    slice,
    ...(raw.pairing === undefined || raw.pairing === ''
      ? {}
      : { pairing: abPairing(raw.pairing, labels.pairing) }),
    ...(given ? { maxDuration: lookCap(raw.maxDuration, load.duration, labels) } : {})
  }
}

function abPairing(raw: string, label: string): AbPairing {
  if ((AB_PAIRINGS as readonly string[]).includes(raw)) return raw as AbPairing
  throw new InputError(
    label,
    `must be alternate (one side at a time) or duet (both at once, for a noisy machine) (got ${JSON.stringify(raw)})`
  )
}

/** `--max-duration` as a whole number of looks of `duration`, from 1 to MAX_LOOKS; in seconds. */
export function lookCap(
  raw: RawAbRequest['maxDuration'],
  duration: number,
  labels: Pick<AbLabels, 'maxDuration'> & { run: Pick<FieldLabels, 'duration'> }
): number {
  const maxDuration = durationSeconds(labels.maxDuration, raw, duration, LIMITS.duration)
  const looks = Math.floor(maxDuration / duration + 1e-9)
  if (maxDuration < duration || looks > MAX_LOOKS)
    throw new InputError(
      labels.maxDuration,
      `must be from ${labels.run.duration} (${duration} s: one look) to ${MAX_LOOKS} times it (${MAX_LOOKS * duration} s): each look adds ${labels.run.duration} of slices (got ${JSON.stringify(raw)})`
    )
  return looks * duration
}

/**
 * The config's `ab` settings for what the run did not set itself: its
 * `max_duration` (checked against the run's duration, its errors naming the
 * config's line) and its `pairing`; the request as it was otherwise.
 */
export function withConfigAb(
  request: AbRequest,
  config: { abMaxDuration?: { seconds: number; field: string }; abPairing?: AbPairing },
  durationLabel: string
): AbRequest {
  const pairing = request.pairing ?? config.abPairing
  const paired = pairing ? { ...request, pairing } : request
  if (request.maxDuration !== undefined || !config.abMaxDuration) return paired
  const labels = { maxDuration: config.abMaxDuration.field, run: { duration: durationLabel } }
  return { ...paired, maxDuration: lookCap(config.abMaxDuration.seconds, request.load.duration, labels) }
}
