import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { csvChoice } from '../../src/config/csv-choice.js'
import type { Endpoint } from '../../src/config/resolve.js'
import { Recorder } from '../../src/engine/recorder.js'
import { csvBatches, CSV_HEADER } from '../../src/report/csv.js'
import { CsvFilter, csvFilter } from '../../src/report/csv-filter.js'
import { CsvWriter, writeCsv } from '../../src/report/files/csv-writer.js'
import { tempDir } from '../helpers/run-cli.js'

const ENDPOINTS: Endpoint[] = [{ name: 'GET /a', method: 'GET', path: '/a', headers: {}, weight: 1 }]

/** `n` records; request k (from 1) fails when k is a multiple of `failEvery`. */
function records(n: number, failEvery: number): Recorder {
  const r = new Recorder(Date.UTC(2026, 10, 25, 12, 0, 0))
  const err = r.errorId('http_5xx', 'HTTP 500')
  for (let k = 1; k <= n; k++) {
    const fail = k % failEvery === 0
    r.add(k * 1000, 2000 + k, 0, fail ? 500 : 200, fail ? err : 0, 10)
  }
  return r
}

/** The records a filter keeps, by index. */
const kept = (f: CsvFilter, r: Recorder, from = 0, to = r.length): number[] =>
  Array.from({ length: to - from }, (_, k) => from + k).filter((i) => f.keeps(r, i))

describe('csvChoice: --csv, input csv, option csv', () => {
  it('takes all, errors, none and sample:N, in one spelling', () => {
    expect(csvChoice('--csv', 'all', 'all')).toBe('all')
    expect(csvChoice('--csv', ' errors ', 'all')).toBe('errors')
    expect(csvChoice('--csv', 'none', 'all')).toBe('none')
    expect(csvChoice('--csv', 'sample:007', 'all')).toBe('sample:7')
    // unset or empty (the runner's empty input): the fallback, which a soak makes a sample
    expect(csvChoice('csv', '', 'sample:1000')).toBe('sample:1000')
    expect(csvChoice('csv', undefined)).toBeUndefined()
  })

  it.each([
    ['sample:0', /^--csv: must be sample:N with N a whole number from 1 to 1000000000 .*got "sample:0"/],
    ['sample:', /^--csv: must be one of all, errors, sample:N .* or none \(got "sample:"\)$/],
    ['sample:1.5', /^--csv: must be one of .*got "sample:1\.5"/],
    ['sample:-3', /^--csv: must be one of .*got "sample:-3"/],
    [
      'some',
      /^--csv: must be one of all, errors, sample:N \(every failed request and one in N of the others\) or none \(got "some"\)$/
    ]
  ])('refuses %s with one line naming the field and the choices', (value, message) => {
    expect(() => csvChoice('--csv', value, 'all')).toThrow(message)
    expect(() => csvChoice('--csv', value, 'all')).toThrow(expect.objectContaining({ field: '--csv' }))
  })
})

describe('CsvFilter', () => {
  const r = records(100, 10)
  const failed = [9, 19, 29, 39, 49, 59, 69, 79, 89, 99]

  it('errors: every failed request, no successful one', () => {
    expect(kept(new CsvFilter('errors'), r)).toEqual(failed)
  })

  it('sample:N: every failed request and every N-th successful one, whatever the batches', () => {
    // the 90 successful requests are indices 0–98 without the failed ones; the 30th, 60th and 90th
    const successes = Array.from({ length: 100 }, (_, i) => i).filter((i) => !failed.includes(i))
    const expected = [...failed, successes[29], successes[59], successes[89]].sort((a, b) => a - b)
    expect(kept(new CsvFilter('sample:30'), r)).toEqual(expected)
    // the same rows when the records come in batches of odd sizes (the CSV is streamed each second)
    const f = new CsvFilter('sample:30')
    const batched = [0, 7, 33, 34, 81, 100].flatMap((to, k, ends) => (k ? kept(f, r, ends[k - 1], to) : []))
    expect(batched).toEqual(expected)
    // sample:1 keeps every row
    expect(kept(new CsvFilter('sample:1'), r)).toHaveLength(100)
  })

  it('none keeps nothing; all needs no filter', () => {
    expect(kept(new CsvFilter('none'), r)).toEqual([])
    expect(csvFilter('all')).toBeUndefined()
    expect(csvFilter(undefined)).toBeUndefined()
  })
})

describe('results.csv with a choice', () => {
  const r = records(1000, 10)
  const rowsOf = async (file: string): Promise<string[]> =>
    (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '')

  it('all (the default) writes every record unfiltered, the bytes of before the choice existed', async () => {
    const dir = await tempDir()
    await writeCsv(join(dir, 'default.csv'), r, ENDPOINTS)
    await writeCsv(join(dir, 'all.csv'), r, ENDPOINTS, 'all')
    const unfiltered = CSV_HEADER + '\n' + [...csvBatches(r, ENDPOINTS, 0, r.length)].join('')
    expect(await readFile(join(dir, 'default.csv'), 'utf8')).toBe(unfiltered)
    expect(await readFile(join(dir, 'all.csv'), 'utf8')).toBe(unfiltered)
    expect(await rowsOf(join(dir, 'all.csv'))).toHaveLength(1001)
  })

  it('errors, sample:N and none: the header always, then the rows kept', async () => {
    const dir = await tempDir()
    for (const choice of ['errors', 'sample:100', 'none'] as const)
      await writeCsv(join(dir, `${choice.replace(':', '-')}.csv`), r, ENDPOINTS, choice)
    const errors = await rowsOf(join(dir, 'errors.csv'))
    expect(errors[0]).toBe(CSV_HEADER)
    expect(errors.slice(1)).toHaveLength(100)
    expect(errors.slice(1).every((l) => l.includes(',500,') && l.includes(',false,HTTP 500,'))).toBe(true)
    // 100 failed and 9 of the 900 successful
    const sample = await rowsOf(join(dir, 'sample-100.csv'))
    expect(sample.slice(1).filter((l) => l.includes(',true,'))).toHaveLength(9)
    expect(sample.slice(1).filter((l) => l.includes(',false,'))).toHaveLength(100)
    expect(await rowsOf(join(dir, 'none.csv'))).toEqual([CSV_HEADER])
  })

  it('a streamed writer keeps the sample across its appends', async () => {
    const dir = await tempDir()
    const w = new CsvWriter(join(dir, 'streamed.csv'), ENDPOINTS, 'sample:7')
    for (let from = 0; from < r.length; from += 97) await w.append(r, from, Math.min(r.length, from + 97))
    await w.close()
    await writeCsv(join(dir, 'whole.csv'), r, ENDPOINTS, 'sample:7')
    expect(await readFile(join(dir, 'streamed.csv'), 'utf8')).toBe(
      await readFile(join(dir, 'whole.csv'), 'utf8')
    )
  })
})
