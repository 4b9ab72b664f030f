import type { Status, ThresholdCheck } from '../../gate/evaluate.js';
/** The three bands of a check as text: good, warning, critical. */
export declare function bandTexts(c: Pick<ThresholdCheck, 'warning' | 'critical' | 'unit' | 'higher_is_better'>): {
    good: string;
    warning: string;
    critical: string;
};
export declare const STATUS_ICON: Record<Status, string>;
/**
 * A check's status as every view words it: `warning, not enough requests
 * (15 of 20)` when its sample was too small, `warning, not judged: …` when
 * it could not be judged at all.
 */
export declare function checkStatusText(c: Pick<ThresholdCheck, 'status' | 'requests' | 'not_enough_requests' | 'not_judged'>): string;
/** A check's measured value as every view writes it; a check not judged has none. */
export declare function checkValueText(c: Pick<ThresholdCheck, 'value' | 'unit' | 'not_judged'>): string;
