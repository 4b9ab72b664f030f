import { type RunDocument } from './run-document.js';
/**
 * Which runs make one trend: the same service, kind of run and settings
 * (users, length, rate, stress ramp, generator threads, endpoints and their
 * weights). A run of other settings measured another load: joined on one
 * line it draws a jump that is no change of the service (+14307% from 4
 * users to a paced 40 req/s), so it starts a series of its own, and no
 * change is computed across the two.
 */
export declare function seriesKey(doc: RunDocument): string;
/** A series' name: what ran, and with which settings, e.g. `load test api · 10 users for 60 s`. */
export declare function seriesTitle(doc: RunDocument): string;
/** Runs grouped into series (each in time order), by service and kind, then in order of their first run. */
export declare function groupSeries<R extends {
    doc: RunDocument;
}>(runs: readonly R[]): R[][];
