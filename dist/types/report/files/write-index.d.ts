import { type IndexEntry } from '../html/index-page.js';
/** Writes `index.html` (and the stylesheet it links) into the output directory; returns its path. */
export declare function writeIndex(outputDir: string, entries: readonly IndexEntry[], title: string, startedAt: Date): Promise<string>;
