import type { DataSet } from '../config/data-file.js';
/** Which requests a load generator makes of the whole: every `of`-th, from the `index`-th (0-based). */
export interface Part {
    index: number;
    of: number;
}
export declare const WHOLE: Part;
/** A part of a part: worker `index` of `of` within `outer` (a shard's share, split across its threads). */
export declare function subPart(outer: Part | undefined, index: number, of: number): Part;
/**
 * Hands out a data file's rows, one per request that reads them: in order
 * and round again, at random, or each once. Under a part only the part's rows
 * are used (rows index, index+of, …), so shards and worker threads together
 * use every row of a `unique` file exactly once.
 */
export declare class DataFeed {
    private readonly data;
    private readonly part;
    private readonly random;
    /** this share's rows, in the order `takeIndex` counts them */
    readonly rows: string[][];
    /** rows taken so far, an earlier run's included (sequence: the next one's index, before wrapping) */
    taken: number;
    /** set once a `unique` feed has handed out its last row */
    exhausted: boolean;
    constructor(data: DataSet, part?: Part, 
    /** rows already used by an earlier run of this share (a warm-up) */
    alreadyTaken?: number, random?: () => number);
    /** The next row; a `unique` feed past its end returns the last one again (callers stop first). */
    take(): string[];
    /** The next row's index in `rows` (the renderer keeps each column's values ready-encoded by index). */
    takeIndex(): number;
    get size(): number;
}
