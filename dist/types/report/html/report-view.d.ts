import type { RunDocument } from '../run-document.js';
/** Charts keep at most this many points per series; longer runs are downsampled. */
export declare const MAX_CHART_POINTS = 300;
export declare function charts(doc: RunDocument): {
    id: string;
    caption: string;
    svg: string;
}[];
/** Everything the template shows, formatted; the template itself holds no logic. */
export declare function reportView(doc: RunDocument): Record<string, unknown>;
export declare function configRows(doc: RunDocument): {
    key: string;
    value: string;
}[];
