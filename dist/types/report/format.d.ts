import type { Status, ThresholdCheck } from '../gate/evaluate.js';
import type { ThresholdUnit } from '../gate/thresholds.js';
/** Human formatting shared by the terminal, HTML and Markdown outputs. */
export declare function formatSeconds(s: number): string;
export declare function formatPercent(p: number): string;
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
/** A baseline comparison's change: points for the error rate, percent for the rest. */
export declare function formatChange(m: {
    metric: string;
    change: number;
}): string;
