import { createWriteStream, type WriteStream } from 'node:fs'
import { DEFAULT_CSV, type CsvChoice } from '../../config/csv-choice.js'
import type { Endpoint } from '../../config/resolve.js'
import type { Recorder } from '../../engine/recorder.js'
import { csvBatches, csvHeader } from '../csv.js'
import { csvFilter, type CsvFilter } from '../csv-filter.js'

/**
 * Streams results.csv as records arrive; honours backpressure. The header is
 * always written, so `--csv none` leaves a valid file of no rows.
 */
export class CsvWriter {
  private readonly stream: WriteStream
  private readonly filter?: CsvFilter
  private failure?: Error

  constructor(
    readonly path: string,
    private readonly endpoints: readonly Endpoint[],
    readonly choice: CsvChoice = DEFAULT_CSV
  ) {
    this.filter = csvFilter(choice)
    this.stream = createWriteStream(path, { encoding: 'utf8' })
    this.stream.on('error', (e) => (this.failure = e))
    this.stream.write(csvHeader(endpoints) + '\n')
  }

  async append(recorder: Recorder, from: number, to: number): Promise<void> {
    if (this.choice === 'none') return
    for (const batch of csvBatches(recorder, this.endpoints, from, to, this.filter)) {
      if (this.failure) throw this.failure
      if (!this.stream.write(batch)) await new Promise<void>((r) => this.stream.once('drain', r))
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve()))
    })
    if (this.failure) throw this.failure
  }
}

/** Writes a whole results.csv at once (library callers who did not stream), keeping the rows `choice` keeps. */
export async function writeCsv(
  path: string,
  recorder: Recorder,
  endpoints: readonly Endpoint[],
  choice: CsvChoice = DEFAULT_CSV
): Promise<void> {
  const w = new CsvWriter(path, endpoints, choice)
  await w.append(recorder, 0, recorder.length)
  await w.close()
}
