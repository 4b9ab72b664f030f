import { type LatencyHdr } from '../engine/latency-hdr.js';
export { decodeHdr, encodeHdr, hdrOf, newHdr, type LatencyHdr } from '../engine/latency-hdr.js';
/**
 * The value at quantile q (0–1), µs, as a run's own figures are computed:
 * linear interpolation between the two closest ranks. Each rank's value
 * is the middle of its bucket (within 0.05% of the value recorded). Nearest
 * rank alone would differ far more where the quantile falls in a gap between
 * two modes (a fast and a slow endpoint): the median of a half-fast,
 * half-slow run lies between them.
 */
export declare function hdrQuantile(h: LatencyHdr, q: number): number;
/**
 * Longest encoded histogram read back (base64 characters). A run's own are a
 * few KB; a shard's file is untrusted (another job wrote it), so an oversized
 * one is refused before it is inflated.
 */
export declare const MAX_HDR_TEXT: number;
export declare function tryDecodeHdr(text: unknown): LatencyHdr | string;
