import type { RunDocument } from '../run-document.js';
/** report.html and the report.css it links to. */
export declare function renderHtmlReport(doc: RunDocument): {
    html: string;
    css: string;
};
