import { type CsvChoice } from '../config/csv-choice.js';
import type { Recorder } from '../engine/recorder.js';
/**
 * Which records of a run get a row in results.csv (see CsvChoice). It keeps
 * its count of successful requests from batch to batch, so `sample:N` keeps
 * exactly the N-th, 2N-th, … successful request of the whole run, whatever
 * the batches: the same rows on every run of the same records.
 */
export declare class CsvFilter {
    readonly choice: CsvChoice;
    private readonly every;
    private successes;
    constructor(choice: CsvChoice);
    /** Whether record i gets a row: every failed request unless `none`; successful ones per the choice. */
    keeps(recorder: Recorder, i: number): boolean;
}
/** The filter of a choice; none for `all` (every record, written by the unfiltered path). */
export declare function csvFilter(choice: CsvChoice | undefined): CsvFilter | undefined;
