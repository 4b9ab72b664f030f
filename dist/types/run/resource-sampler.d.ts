import { ResourceSeries, type ResourceReading } from '../metrics/resource-series.js';
import type { WatchedProcess } from '../metrics/resources.js';
/** The service's process to sample during a run: the one `--start` started, or `--watch-pid`'s. */
export interface ResourceWatch {
    pid: number;
    watched: WatchedProcess['watched'];
    /** `--start`'s command, secrets redacted; unset: the process's name is read */
    command?: string;
    /** how messages name where the pid came from: `--watch-pid`, `watch-pid`, `--start` */
    label: string;
}
export interface SamplerHooks {
    /** each reading as it is taken (the Prometheus exporter's gauges) */
    onReading?: (r: ResourceReading) => void;
    /** where the sampler says what happened to the process (stderr, the action's log) */
    log?: (line: string) => void;
    intervalMs?: number;
    procRoot?: string;
}
/** What a run keeps of its watched process: the series and what became of it. */
export interface Watched {
    series: ResourceSeries;
    proc: WatchedProcess;
}
/**
 * What a run watches: the service perf-gate started (`--start`; its shell
 * and everything below it), else the process given (`--watch-pid`), else nothing.
 */
export declare function resourceWatch(started: {
    pid: number;
    command: string;
} | undefined, watchPid: number | undefined, labels: {
    start: string;
    watchPid: string;
}): ResourceWatch | undefined;
/** A `--watch-pid` that names no running process is refused before anything runs (exit 2). */
export declare function checkWatchable(watch: ResourceWatch): void;
/**
 * Samples the process tree under `watch.pid` once a second until `stop()`:
 * its RSS summed, and its CPU time over wall time. Where /proc cannot be
 * read it says so once and samples nothing; a process that exits is said,
 * and sampling stops there. Neither stops the run.
 */
export declare class ResourceSampler {
    private readonly watch;
    private readonly hooks;
    private readonly series;
    private readonly proc;
    private timer?;
    private reading?;
    private previous?;
    private stopped;
    private constructor();
    static start(watch: ResourceWatch, hooks?: SamplerHooks): Promise<ResourceSampler>;
    /** Ends the sampling (waiting for a reading under way) and hands over what was read. */
    stop(): Promise<Watched>;
    private read;
    private gone;
}
/** Runs `fn` with `watch`'s process sampled throughout; without a watch, just `fn`. */
export declare function sampledDuring<T>(watch: ResourceWatch | undefined, hooks: SamplerHooks, fn: () => Promise<T>): Promise<{
    value: T;
    watched?: Watched;
}>;
