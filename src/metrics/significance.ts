/**
 * Two-sample significance tests the baseline comparison rests on. Pure
 * numbers in, p-values out: what counts as a regression is the gate's call.
 */

/**
 * Complementary error function (Numerical Recipes' erfcc: relative error
 * below 1.2e-7 everywhere, so small p-values stay meaningful; the table
 * behind simple-statistics' normal CDF stops at p = 0.002).
 */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? r : 2 - r
}

/** Two-sided p-value of a standard normal statistic. */
function twoSided(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2))
}

/** Two-sided p-value of the Mann–Whitney U test (normal approximation with tie correction). */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const n1 = a.length
  const n2 = b.length
  if (n1 < 2 || n2 < 2) return 1
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v)
  let rankSumA = 0
  let tieTerm = 0
  for (let i = 0; i < all.length;) {
    let j = i
    while (j + 1 < all.length && all[j + 1].v === all[i].v) j++
    const rank = (i + j) / 2 + 1
    const t = j - i + 1
    tieTerm += t ** 3 - t
    for (let k = i; k <= j; k++) if (all[k].g === 0) rankSumA += rank
    i = j + 1
  }
  const n = n1 + n2
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const mean = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  if (variance <= 0) return 1
  const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance)
  return twoSided(Math.max(0, z))
}

/** Two-sided p-value that two failure proportions differ. */
export function twoProportionP(f1: number, n1: number, f2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1
  const p = (f1 + f2) / (n1 + n2)
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
  if (se === 0) return 1
  const z = Math.abs(f1 / n1 - f2 / n2) / se
  return twoSided(z)
}
