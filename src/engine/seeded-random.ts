// read once: in a vm context (jest's test modules) every read of the global Math is a slow lookup
const imul = Math.imul

/**
 * mulberry32: a small, fast, well-mixed 32-bit PRNG (public domain); returns
 * floats in [0, 1). Seeded, so demo services and bootstrap intervals repeat
 * exactly from run to run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = imul(t ^ (t >>> 15), t | 1)
    t ^= t + imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
