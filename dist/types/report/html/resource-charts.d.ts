import type { RunDocument } from '../run-document.js';
import { type ChartView } from './report-charts.js';
/**
 * The service's RSS with its fitted trend, and its CPU, over the run's
 * seconds (`--start`, `--watch-pid`); a warm-up's before 0, shaded as on
 * the latency chart. None when the service was not watched or had no figures.
 */
export declare function resourceCharts(doc: RunDocument): ChartView[];
