import { inflateSync } from 'node:zlib'
import { decodeHdr, type LatencyHdr } from '../engine/latency-hdr.js'

export { decodeHdr, encodeHdr, hdrOf, newHdr, type LatencyHdr } from '../engine/latency-hdr.js'

interface Equivalents {
  lowestEquivalentValue(value: number): number
}

/**
 * The value at quantile q (0–1), µs, as a run's own figures are computed:
 * linear interpolation between the two closest ranks. Each rank's value
 * is the middle of its bucket (within 0.05% of the value recorded). Nearest
 * rank alone would differ far more where the quantile falls in a gap between
 * two modes (a fast and a slow endpoint): the median of a half-fast,
 * half-slow run lies between them.
 */
export function hdrQuantile(h: LatencyHdr, q: number): number {
  const n = h.totalCount
  if (n === 0) return 0
  const idx = (n - 1) * q
  const lo = Math.floor(idx)
  const a = valueAtRank(h, lo)
  if (idx === lo) return a
  return a + (idx - lo) * (valueAtRank(h, lo + 1) - a)
}

/** The value of the r-th smallest recorded value (0-based), µs: the middle of its bucket. */
function valueAtRank(h: LatencyHdr, r: number): number {
  // getValueAtPercentile takes the ceil(p·n/100)-th value: p = 100·(r + ½)/n asks for rank r, with
  // half a rank of room for floating-point error either way (r + 1 exactly can land on r + 2)
  const high = h.getValueAtPercentile((100 * (r + 0.5)) / h.totalCount)
  const low = (h as unknown as Equivalents).lowestEquivalentValue(high)
  return (low + high) / 2
}

/**
 * Longest encoded histogram read back (base64 characters). A run's own are a
 * few KB; a shard's file is untrusted (another job wrote it), so an oversized
 * one is refused before it is inflated.
 */
export const MAX_HDR_TEXT = 1 << 20

/**
 * An encoded histogram from a file another job wrote: the histogram, or why
 * it is not one. The decoder throws zlib and TypeErrors on a truncated or
 * garbage string, so it runs in a try; the caller names the file and field.
 */
/** A µs histogram's counts at 3 significant digits take a few hundred KB inflated; far more is not one of ours. */
const MAX_HDR_INFLATED = 16 * 2 ** 20

export function tryDecodeHdr(text: unknown): LatencyHdr | string {
  if (typeof text !== 'string') return 'is not an encoded histogram (a string)'
  if (text.length > MAX_HDR_TEXT) return `is longer than ${MAX_HDR_TEXT} characters`
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return 'is not base64'
  try {
    // the cap above is on the compressed text: a zlib bomb under it inflates to gigabytes
    // (1 MiB to 790 MB), so the counts are inflated once under a bound before the decoder sees them
    const bytes = Buffer.from(text, 'base64')
    const length = bytes.length >= 8 ? bytes.readInt32BE(4) : -1
    if (length < 0 || 8 + length > bytes.length)
      return 'is not a readable HdrHistogram (truncated or corrupt)'
    try {
      inflateSync(bytes.subarray(8, 8 + length), { maxOutputLength: MAX_HDR_INFLATED })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return `inflates to more than ${MAX_HDR_INFLATED / 2 ** 20} MiB`
      throw e
    }
    return decodeHdr(text)
  } catch {
    return 'is not a readable HdrHistogram (truncated or corrupt)'
  }
}
