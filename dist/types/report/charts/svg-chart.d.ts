/**
 * SVG charts built as text: no script, no inline style. Colours and fonts
 * come from classes in report.css, so the report renders under a strict
 * Content-Security-Policy and follows the reader's light or dark theme.
 */
export interface Series {
    name: string;
    points: [number, number][];
    /** CSS class of the line, e.g. `s1` */
    cls: string;
}
export interface ThresholdLine {
    value: number;
    label: string;
    cls: 'threshold-warning' | 'threshold-critical';
}
export interface Marker {
    x: number;
    y: number;
    label: string;
}
export interface LineChartOptions {
    title: string;
    xLabel: string;
    yLabel: string;
    formatX?: (v: number) => string;
    formatY: (v: number) => string;
    series: Series[];
    thresholds?: ThresholdLine[];
    markers?: Marker[];
    /** a shaded span of x, named (a warm-up before the measured run) */
    band?: {
        from: number;
        to: number;
        label: string;
    };
    width?: number;
    height?: number;
}
export declare function lineChart(o: LineChartOptions): string;
/**
 * Baselines for threshold labels drawn right-aligned at one x: each sits just
 * above its line, and labels of lines closer than a text line are pushed apart
 * (then moved up together if that pushed them below the plot), so they never overlap.
 */
export declare function thresholdLabelYs(lineYs: number[], top: number, bottom: number): number[];
export interface BarChartOptions {
    title: string;
    xLabel: string;
    yLabel: string;
    bars: {
        label: string;
        value: number;
    }[];
    formatY: (v: number) => string;
    /** label every k-th bar so labels do not collide */
    labelEvery?: number;
    width?: number;
    height?: number;
}
export declare function barChart(o: BarChartOptions): string;
