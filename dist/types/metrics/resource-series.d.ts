/**
 * The service's memory and CPU, a reading a second, kept in constant
 * memory however long the run: at most MAX_RESOURCE_POINTS points, each
 * the mean of the readings of its span. When the points are full,
 * neighbours are merged in pairs and the span doubles (1 s, 2 s, 4 s…), so
 * an hour keeps every second and a day a point every 32 s: 3600 points,
 * five numbers each, whatever the length. A pair's mean is the mean of its
 * readings, so a fit on the merged points stays a fit on the readings; each
 * point also keeps its highest RSS, so the peak survives every merge.
 */
/** One reading of the watched process tree. */
export interface ResourceReading {
    /** wall-clock ms of the reading */
    atMs: number;
    /** resident memory of the process and its descendants, summed */
    rssBytes: number;
    /** their CPU time since the previous reading over the wall time between the two, % of one core */
    cpuPercent: number;
    /** processes in the tree */
    processes: number;
}
/** A point of the series: the mean of the readings it holds. */
export interface SeriesPoint {
    atMs: number;
    rssBytes: number;
    cpuPercent: number;
    /** the highest RSS of its readings */
    rssPeak: number;
    readings: number;
}
export declare const MAX_RESOURCE_POINTS = 3600;
export declare class ResourceSeries {
    private readonly capacity;
    private readonly atSum;
    private readonly rssSum;
    private readonly cpuSum;
    private readonly peak;
    private readonly count;
    /** closed points; the slot at `length` is the one filling */
    private length;
    /** readings per point */
    private span;
    private last?;
    private processes;
    constructor(capacity?: number);
    add(r: ResourceReading): void;
    /** The last reading, when there was one. */
    get latest(): ResourceReading | undefined;
    /** The most processes the tree had at one reading. */
    get maxProcesses(): number;
    /** Readings per point (1 until the series was first halved). */
    get readingsPerPoint(): number;
    /** Every point, the one still filling last. */
    points(): SeriesPoint[];
    /** Merges neighbouring points in pairs: half as many, each covering twice the readings. */
    private halve;
}
