import { type ComparedMetric } from '../config/regression.js';
import { type ChangePoint } from '../metrics/change-points.js';
import { type HistoryRunRef } from './compare.js';
/**
 * Where a test's figures stepped over its history: E-Divisive means with a
 * permutation test (metrics/change-points.ts) on each compared metric of the
 * runs of one service and mode, in time order, each change point named by
 * the run (and commit) it starts at.
 */
/** A run as the history reads it: who it is, when, and its figures. */
export interface HistoryRun extends HistoryRunRef {
    service: string;
    mode: string;
    figures: Record<ComparedMetric, number>;
}
export interface MetricChange extends Omit<ChangePoint, 'before' | 'after' | 'q'> {
    metric: ComparedMetric;
    /** the first run after the change, and the last before it */
    at: HistoryRunRef;
    previous: HistoryRunRef;
    before: {
        runs: number;
        mean: number;
    };
    after: {
        runs: number;
        mean: number;
    };
}
export interface TestHistory {
    service: string;
    mode: string;
    runs: number;
    changes: MetricChange[];
}
/** Each test's change points; `runs` in time order (oldest first). */
export declare function historyChanges(runs: readonly HistoryRun[]): TestHistory[];
/** The runs since a test's last change point in any metric: the baseline that measures what the service is now. */
export declare function sinceLastChange<T>(series: readonly T[], figures: (run: T) => Record<ComparedMetric, number>): T[];
/**
 * Steps smaller than these are no change to attribute to a commit: a quiet
 * machine's runs settle by a percent or so after its first runs (a fresh
 * series moved by −0.85% at its 8th run, a real but meaningless step), far
 * below any tolerance a gate would set.
 */
export declare const MIN_CHANGE_POINT_STEP: {
    readonly relative: 0.02;
    readonly points: 0.1;
};
/** How a run of a history is named: `load_test_api 2026-12-05T10:15:00.000Z`, and its commit when it recorded one. */
export declare function runRefOf(doc: {
    test_name: string;
    timestamp: string;
    provenance?: {
        commit?: string;
    };
}): HistoryRunRef;
