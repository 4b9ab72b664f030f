import { sampleEvery, type CsvChoice } from '../config/csv-choice.js'
import type { Recorder } from '../engine/recorder.js'

/**
 * Which records of a run get a row in results.csv (see CsvChoice). It keeps
 * its count of successful requests from batch to batch, so `sample:N` keeps
 * exactly the N-th, 2N-th, … successful request of the whole run, whatever
 * the batches: the same rows on every run of the same records.
 */
export class CsvFilter {
  private readonly every: number
  private successes = 0

  constructor(readonly choice: CsvChoice) {
    // `all` never asks (no filter at all); `none` and `errors` keep no successful request
    this.every = sampleEvery(choice) ?? 0
  }

  /** Whether record i gets a row: every failed request unless `none`; successful ones per the choice. */
  keeps(recorder: Recorder, i: number): boolean {
    if (this.choice === 'all') return true
    if (this.choice === 'none') return false
    if (recorder.errorIdAt(i) !== 0) return true
    if (this.every === 0) return false
    return ++this.successes % this.every === 0
  }
}

/** The filter of a choice; none for `all` (every record, written by the unfiltered path). */
export function csvFilter(choice: CsvChoice | undefined): CsvFilter | undefined {
  return choice === undefined || choice === 'all' ? undefined : new CsvFilter(choice)
}
