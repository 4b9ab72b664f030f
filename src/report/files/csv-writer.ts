import { createWriteStream, type WriteStream } from 'node:fs'
import type { Endpoint } from '../../config/resolve.js'
import type { Recorder } from '../../engine/recorder.js'
import { csvBatches, csvHeader } from '../csv.js'

/** Streams results.csv as records arrive; honours backpressure. */
export class CsvWriter {
  private readonly stream: WriteStream
  private failure?: Error

  constructor(
    readonly path: string,
    private readonly endpoints: readonly Endpoint[]
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' })
    this.stream.on('error', (e) => (this.failure = e))
    this.stream.write(csvHeader(endpoints) + '\n')
  }

  async append(recorder: Recorder, from: number, to: number): Promise<void> {
    for (const batch of csvBatches(recorder, this.endpoints, from, to)) {
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

/** Writes a whole results.csv at once (library callers who did not stream). */
export async function writeCsv(
  path: string,
  recorder: Recorder,
  endpoints: readonly Endpoint[]
): Promise<void> {
  const w = new CsvWriter(path, endpoints)
  await w.append(recorder, 0, recorder.length)
  await w.close()
}
