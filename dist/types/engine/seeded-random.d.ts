/**
 * mulberry32: a small, fast, well-mixed 32-bit PRNG (public domain); returns
 * floats in [0, 1). Seeded, so demo services and bootstrap intervals repeat
 * exactly from run to run.
 */
export declare function seededRandom(seed: number): () => number;
