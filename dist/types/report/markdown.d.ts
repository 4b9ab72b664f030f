import type { RunDocument } from './run-document.js';
/** GitHub rejects comments over 65,536 characters; stay well below. */
export declare const MAX_SUMMARY_CHARS = 60000;
/**
 * The Markdown for the PR comment and the job summary: verdict, baseline
 * comparison, metrics with status, the worst endpoints, error types and one
 * line of configuration.
 */
export declare function renderSummary(doc: RunDocument, options?: {
    reportLink?: string;
}): string;
