import { type TrendRun } from '../html/trends-page.js';
/** Writes `trends.html` (and the stylesheet it links) into a reports directory; returns its path. */
export declare function writeTrends(reportsDir: string, runs: readonly TrendRun[]): Promise<string>;
