import type { DriftFigure, DriftResult } from '../../metrics/types.js';
/** A drift as every view shows it. */
export interface DriftRow {
    label: string;
    first: string;
    last: string;
    /** the change (worse is +) and its interval: `+23.0% (+15.0% … +31.0%)` */
    change: string;
    /** warning and critical bands: `10% / 25%` */
    bands: string;
    status: DriftFigure['status'];
}
export declare function driftRows(d: DriftResult): DriftRow[];
/** Which windows were compared, and how a drift is judged: said under every drift table. */
export declare function driftMethod(d: DriftResult): string;
