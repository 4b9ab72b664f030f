/**
 * The search of `perf-gate bisect`, apart from git and load: candidates are
 * the commits after the good one, oldest first, the last being the bad one.
 * A step judges one candidate against the good build: `bad` (a regression),
 * `good` (no change), or `skip` (still inconclusive after its longest run,
 * or it did not build), as `git bisect skip`: the search goes on around it
 * and, when only skipped commits are left between the last good and the
 * first bad, names them all.
 */
export type StepJudgement = 'bad' | 'good' | 'skip'

export type BisectResult =
  | { kind: 'first_bad'; index: number }
  /** the first bad commit is one of these (skipped ones, then the first known bad) */
  | { kind: 'one_of'; indices: number[] }

export class BisectSearch {
  /** the last candidate known good (-1: the good commit itself) and the first known bad */
  private lastGood = -1
  private firstBad: number
  private readonly skipped = new Set<number>()

  constructor(readonly candidates: number) {
    if (candidates < 1) throw new RangeError('a bisect needs at least the bad commit')
    this.firstBad = candidates - 1
  }

  /** The next candidate to judge: the untried one nearest the middle of what is left; undefined when done. */
  next(): number | undefined {
    const open = this.between().filter((i) => !this.skipped.has(i))
    if (open.length === 0) return undefined
    const middle = (this.lastGood + this.firstBad) / 2
    // nearest the middle; of two as near, the older (as git picks)
    return open.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best))
  }

  /** Candidates not yet tried between the last good and the first bad. */
  left(): number {
    return this.between().filter((i) => !this.skipped.has(i)).length
  }

  record(index: number, judgement: StepJudgement): void {
    if (index <= this.lastGood || index >= this.firstBad)
      throw new RangeError(`candidate ${index} is outside what is left to search`)
    if (judgement === 'bad') this.firstBad = index
    else if (judgement === 'good') this.lastGood = index
    else this.skipped.add(index)
  }

  /** What is known once `next()` is undefined. */
  result(): BisectResult {
    const between = this.between()
    if (between.length === 0) return { kind: 'first_bad', index: this.firstBad }
    return { kind: 'one_of', indices: [...between, this.firstBad] }
  }

  /** Candidates strictly between the last good and the first bad (once done, all of them skipped). */
  private between(): number[] {
    const out: number[] = []
    for (let i = this.lastGood + 1; i < this.firstBad; i++) out.push(i)
    return out
  }
}
