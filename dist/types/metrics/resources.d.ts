import type { ResourceSeries } from './resource-series.js';
import { type RssTrend } from './rss-trend.js';
/** A point of the service's series in metrics.json: the means of its readings. */
export interface ResourcePoint {
    /** seconds since the run began (the warm-up's are before 0) */
    second: number;
    /** resident memory of the process and its descendants, bytes */
    rss_bytes: number;
    /** their CPU time over wall time, % of one core (above 100 when they use several) */
    cpu_percent: number;
}
/** The service's own memory and CPU over the run (`--start` or `--watch-pid`). */
export interface ResourceMetrics {
    /** `proc`: read from Linux's /proc; `unavailable`: not on this system, or /proc unreadable (no figures then) */
    source: 'proc' | 'unavailable';
    /** why the figures are unavailable */
    unavailable_reason?: string;
    /** the process watched, with its descendants */
    pid: number;
    /** `start`: the service perf-gate started (`--start`); `watch_pid`: the one given (`--watch-pid`) */
    watched: 'start' | 'watch_pid';
    /** `--start`'s command (secrets redacted), or the watched process's name */
    command?: string;
    /** the most processes the tree had at once */
    processes?: number;
    /** the watched process was gone at this second: sampling stopped there, the run went on */
    exited_at?: number;
    /** readings per point of `samples`: 1 (a point a second), doubled each time a long run's series was halved to stay within 3600 points */
    sample_seconds?: number;
    samples: ResourcePoint[];
    /** the measured run's highest RSS (bytes; the warm-up left out) */
    peak_rss_bytes?: number;
    /** RSS at the last reading */
    final_rss_bytes?: number;
    /** the measured run's mean CPU, % of one core */
    average_cpu_percent?: number;
    /** RSS growth: the fitted slope and its interval, what the `rss_growth_per_hour` threshold judges */
    rss_trend?: RssTrend;
    /** why no trend was fitted (too few samples, a stress ramp, no figures) */
    rss_trend_skipped?: string;
}
/** What the run knows of the watched process besides its readings. */
export interface WatchedProcess {
    pid: number;
    watched: ResourceMetrics['watched'];
    command?: string;
    /** why nothing could be read */
    unavailable?: string;
    /** wall-clock ms when the process was found gone */
    exitedAtMs?: number;
}
/** What the figures are relative to: the measured run's start and length, and its kind. */
export interface ResourceRun {
    startedAtMs: number;
    durationSec: number;
    mode: string;
}
/** The series, the run's figures and its RSS trend, seconds counted from the measured run's start. */
export declare function resourceMetrics(series: ResourceSeries, proc: WatchedProcess, run: ResourceRun): ResourceMetrics;
