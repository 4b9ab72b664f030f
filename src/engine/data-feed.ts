import type { DataSet } from '../config/data-file.js'

/** Which requests a load generator makes of the whole: every `of`-th, from the `index`-th (0-based). */
export interface Part {
  index: number
  of: number
}

export const WHOLE: Part = Object.freeze({ index: 0, of: 1 })

/** A part of a part: worker `index` of `of` within `outer` (a shard's share, split across its threads). */
export function subPart(outer: Part | undefined, index: number, of: number): Part {
  const o = outer ?? WHOLE
  return { index: o.index + o.of * index, of: o.of * of }
}

/**
 * Hands out a data file's rows, one per request that reads them: in order
 * and round again, at random, or each once. Under a part only the part's rows
 * are used (rows index, index+of, …), so shards and worker threads together
 * use every row of a `unique` file exactly once.
 */
export class DataFeed {
  /** this share's rows, in the order `takeIndex` counts them */
  readonly rows: string[][]
  /** rows taken so far, an earlier run's included (sequence: the next one's index, before wrapping) */
  taken: number
  /** set once a `unique` feed has handed out its last row */
  exhausted: boolean

  constructor(
    private readonly data: DataSet,
    private readonly part: Part = WHOLE,
    /** rows already used by an earlier run of this share (a warm-up) */
    alreadyTaken = 0,
    private readonly random: () => number = Math.random
  ) {
    const mine = data.rows.filter((_, i) => i % part.of === part.index)
    // a part with no rows of its own walks the whole file, except where each row may be used once;
    // per_user: the whole file, users taking rows by their place among all generators' users
    this.rows =
      data.order === 'per_user' ? data.rows : mine.length > 0 || data.order === 'unique' ? mine : data.rows
    this.taken = alreadyTaken
    this.exhausted = this.taken >= this.rows.length && data.order === 'unique'
  }

  /** The next row; a `unique` feed past its end returns the last one again (callers stop first). */
  take(): string[] {
    return this.rows[this.takeIndex()]
  }

  /** The next row's index in `rows` (the renderer keeps each column's values ready-encoded by index). */
  takeIndex(): number {
    const n = this.rows.length
    this.taken++
    if (this.data.order === 'random') return Math.floor(this.random() * n)
    if (this.data.order === 'sequence') return (this.taken - 1) % n
    // per_user: this generator's k-th user is user index + of·k of the whole test, and takes that
    // row (round again when users outnumber rows), so users on workers and shards share none
    if (this.data.order === 'per_user') return (this.part.index + this.part.of * (this.taken - 1)) % n
    this.exhausted = this.taken >= n
    return Math.min(this.taken - 1, n - 1)
  }

  get size(): number {
    return this.rows.length
  }
}
