/**
 * Room for a chart's text, computed before drawing: SVG text is not
 * measured by anything in a static page (no script), so widths are
 * estimated from the characters at the stylesheet's sizes, generously, and
 * margins and label positions are chosen so that nothing is cut by the
 * chart's edge or drawn over another label.
 */
export interface Margins {
    top: number;
    right: number;
    bottom: number;
    left: number;
}
/** Widest glyphs of report.css's 12 px labels (digits, capitals) are about 7 px; bold is wider. */
export declare function textWidth(text: string, px?: number, bold?: boolean): number;
/**
 * Margins that hold the y tick labels and, left of them, the axis title
 * (which used to sit over long labels such as `15,000 req/s`), and on the
 * right half of the last x tick label (which used to be cut off).
 */
export declare function chartMargins(yTickLabels: string[], lastXTickLabel?: string): Margins & {
    yTitleX: number;
};
export interface Box {
    x0: number;
    x1: number;
    y0: number;
    y1: number;
}
/**
 * Places marker labels (12 px bold, centred over their point): above the
 * point, else below it, else higher up; shifted sideways to stay inside the
 * plot; left out when every place is taken (the marker itself is still
 * drawn, and the page's text names what it marks). Returns each label's
 * centre x and baseline, or null.
 */
export declare function placeMarkerLabels(points: {
    x: number;
    y: number;
    label: string;
}[], plot: Box, taken?: Box[]): ({
    x: number;
    y: number;
} | null)[];
