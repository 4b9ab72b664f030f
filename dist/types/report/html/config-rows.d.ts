import type { RunDocument } from '../run-document.js';
/** report.html's settings table: what the run was asked to do, as a reader checks it against the figures. */
export declare function configRows(doc: RunDocument): {
    key: string;
    value: string;
}[];
