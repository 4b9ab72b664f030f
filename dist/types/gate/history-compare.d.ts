import { type CompareOptions, type Comparison, type HistoryView, type RunWindows } from './compare.js';
/**
 * A run judged against a history of earlier runs of the same test, not
 * against one of them. Two runs of an unchanged service on a shared machine
 * differ by more than either run's own noise (the calibration measured −34%
 * to +58% in p95), so a single baseline raises false alarms that no
 * within-run interval can see. The spread of K earlier runs' figures holds
 * both the between-run and the within-run noise: this run is a regression
 * when its figure lies beyond what that spread predicts for one more run.
 *
 * Method: for each metric, the runs' figures (logs for times and
 * throughput, points for the error rate) give a mean m and a standard
 * deviation s; the 95% prediction interval for one more run is
 * m ± t(K−1) · s · √(1 + 1/K). The change is this run's figure against m,
 * and its interval is that width about it, judged by the same tolerance
 * rule as every comparison (and `no change` inside the spread:
 * historyVerdict). When the history is tighter than this run's own
 * per-second noise (a few very alike runs), that noise is the width's floor.
 */
export { DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS } from '../config/regression.js';
export declare function compareWithHistory(history: readonly RunWindows[], current: RunWindows, view: HistoryView, o?: CompareOptions): Comparison;
