import type { Shard } from '../config/shard.js';
import { type MetricComparison } from '../gate/compare.js';
import type { BaselineView, RunDocument } from './run-document.js';
import type { Status, ThresholdCheck } from '../gate/evaluate.js';
import type { RunSettings, RunMode } from '../engine/result.js';
import type { ThresholdUnit } from '../config/thresholds.js';
import type { Metrics } from '../metrics/types.js';
/** Human formatting shared by the terminal, HTML and Markdown outputs. */
export declare function formatSeconds(s: number): string;
/** `1 user`, `10 users`. */
export declare function formatUsers(n: number): string;
/** A run length as users wrote it: `60 s` up to two minutes, then `5m`, `1h30m`. */
export declare function formatRunLength(seconds: number): string;
/** What a run was, in words every view uses: `load test`, `stress test`, `A/B test`. */
export declare function runKind(mode: RunMode): string;
/** What a run does, in one phrase: `10 users for 60 s` or `up to 100 users in 10 steps over 5m`. */
export declare function describeRun(mode: RunMode, s: RunSettings): string;
/** Users as a run's settings and (when a paced run opened more) its rate block say. */
export declare function usersUsed(users: number, rate: Pick<Metrics, 'rate'>['rate']): string;
/**
 * What a paced run did with its rate, and what its response times count
 * from; the same sentence in the terminal, report.html and summary.md.
 */
export declare function pacingSentence(m: Pick<Metrics, 'rate' | 'service_time'>): string | undefined;
/**
 * A load test whose generator ran out of CPU or event loop measured the
 * generator as much as the service; said wherever the figures are shown.
 */
export declare function generatorSentence(m: Pick<Metrics, 'generator' | 'rate'>): string | undefined;
/** Said wherever a run's figures are shown when the target was down for part of it. */
export declare function outageSentence(m: Pick<Metrics, 'unavailable_seconds' | 'total_duration'>): string | undefined;
/** Said wherever a run's figures are shown when its https target was not verified. */
export declare function tlsSentence(doc: {
    config: {
        base_url: string;
        tls_insecure?: true;
    };
}): string | undefined;
/** Every warning a run's figures come with, in the order each view says them. */
export declare function runWarnings(doc: RunDocument): string[];
/**
 * Why a run's verdict is what it is, in a few words: its fail-on, and the
 * baseline comparison when that is what failed it.
 */
export declare function verdictReason(doc: {
    fail_on: string;
    baseline?: BaselineView;
}): string;
/** A time to two significant digits, for axis labels: `0.4 ms`, `1.3 ms`, `25 ms`, `1.6 s`. */
export declare function formatSecondsRounded(s: number): string;
export declare function formatPercent(p: number): string;
/** Always one decimal (two below 10 req/s), so figures side by side line up: `349.0 req/s`, `341.3 req/s`. */
export declare function formatRps(r: number): string;
export declare function formatCount(n: number): string;
export declare function formatValue(value: number, unit: ThresholdUnit): string;
/** A limit as written in a threshold table: `1 s`, `5%`, `10`. */
export declare function formatLimit(value: number, unit: ThresholdUnit): string;
/** The three bands of a check as text: good, warning, critical. */
export declare function bandTexts(c: Pick<ThresholdCheck, 'warning' | 'critical' | 'unit' | 'higher_is_better'>): {
    good: string;
    warning: string;
    critical: string;
};
export declare const STATUS_ICON: Record<Status, string>;
/** A check's status as every view words it: `warning, not enough requests (15 of 20)` when its sample was too small. */
export declare function checkStatusText(c: Pick<ThresholdCheck, 'status' | 'requests' | 'not_enough_requests'>): string;
/** A compared metric as every view shows it. */
export interface ComparisonRow {
    metric: string;
    baseline: string;
    current: string;
    /** the change and its 95% interval: `+23.0% (+15.0% … +31.0%)` */
    change: string;
    /** the tolerance either way: `±10%`, `±0.5 pp` */
    tolerance: string;
    /** with, when inconclusive, what would decide */
    verdict: string;
}
/** What the rows are made from: a comparison's metrics. */
export type ComparedFigures = Omit<MetricComparison, 'metric' | 'verdict'> & {
    metric: string;
    verdict: string;
};
/**
 * One row per compared metric, formatted the same way in the terminal,
 * report.html, summary.md and junit.xml: times in ms or s, throughput in req/s.
 */
export declare function comparisonRows(metrics: readonly ComparedFigures[]): ComparisonRow[];
/** How the changes were judged, in one sentence every view shows under its table. */
export declare function comparisonMethod(c: {
    method: 'block_bootstrap' | 'paired_slices';
    level: number;
    windows: {
        baseline: number;
        current: number;
    };
}): string;
/** A change as a signed percent, or signed points for the error rate. */
export declare function changeText(points: boolean, v: number): string;
/** What a shard runs, and when its load starts. */
export declare function shardLine(shard: Shard, startAt: Date | undefined, now?: number): string;
/**
 * An A/B run's thresholds are B's, and by default they gate nothing (`ab`
 * is judged by the comparison): every view says which, so a critical status
 * next to exit 0 is not read as a silent gate.
 */
export declare function abThresholdNote(failOn: string): string;
/** An A/B comparison's verdict as the badge and headlines name it: `REGRESSION`, `NO CHANGE`. */
export declare function comparisonVerdictText(verdict: string): string;
