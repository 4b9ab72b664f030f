import type { RunDocument } from '../run-document.js';
export declare const REPORT_FILES: readonly ["report.html", "report.css", "summary.md", "junit.xml"];
/** Renders every report of a run from its metrics.json document, each file written whole or not at all. */
export declare function writeReports(dir: string, doc: RunDocument): Promise<Record<(typeof REPORT_FILES)[number], string>>;
