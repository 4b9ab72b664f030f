import type { ResourceMetrics } from '../../metrics/resources.js';
/**
 * The service's own memory and CPU in words, the same lines in every view
 * (terminal, summary.md, report.html): what was watched, its peak and
 * final RSS and mean CPU, and the RSS trend with its interval, or why
 * there is none.
 */
export declare function resourceLines(r: ResourceMetrics | undefined): string[];
/** `RSS growth +62 MB/h (95% interval +41 MB/h … +83 MB/h; …)`, or why it was not fitted. */
export declare function trendLine(r: Pick<ResourceMetrics, 'rss_trend' | 'rss_trend_skipped'>): string;
