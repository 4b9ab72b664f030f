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
