import { type Histogram } from 'hdr-histogram-js';
/**
 * Microsecond latency histograms that merge exactly: the counts of two add
 * up, so percentiles of runs made apart (shards on other machines) come from
 * all their requests together, never from averaged percentiles. Three
 * significant digits: a value read back is within 0.1% of the one recorded.
 * Always the JS histogram with 32-bit counts: WASM ones cannot be added to JS
 * ones, and packed counts record 7× slower (measured: 1.0 s against 0.16 s a
 * million values).
 */
export type LatencyHdr = Histogram;
export declare function newHdr(): LatencyHdr;
/** A histogram of `valuesUs`. */
export declare function hdrOf(valuesUs: ArrayLike<number>): LatencyHdr;
/** The compressed base64 form (HdrHistogram's V2 encoding, as the Java and C libraries read it). */
export declare function encodeHdr(h: LatencyHdr): string;
export declare function decodeHdr(text: string): LatencyHdr;
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
