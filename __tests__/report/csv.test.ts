import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Recorder } from '../../src/engine/recorder.js'
import { csvField, CSV_HEADER, JOURNEY_COLUMNS } from '../../src/report/csv.js'
import { writeCsv } from '../../src/report/files/csv-writer.js'
import { tempDir } from '../helpers/run-cli.js'

describe('results.csv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('writes one row per request with the exact header', async () => {
    const r = new Recorder(Date.UTC(2026, 10, 25, 12, 0, 0))
    r.add(1500, 12_345, 0, 200, 0, 99)
    r.add(2_000_000, 0, 1, 0, r.errorId('other', 'weird, "quoted" failure'), 0)
    const file = join(await tempDir(), 'results.csv')
    await writeCsv(file, r, [
      { name: 'GET /a,b', method: 'GET', path: '/a,b', headers: {}, weight: 1 },
      { name: 'POST /c', method: 'POST', path: '/c', headers: {}, weight: 1 }
    ])
    expect((await readFile(file, 'utf8')).split('\n')).toEqual([
      CSV_HEADER,
      '2026-11-25T12:00:00.001Z,"/a,b",GET,200,0.012345,true,,99',
      '2026-11-25T12:00:02.000Z,/c,POST,0,0.000000,false,"weird, ""quoted"" failure",0',
      ''
    ])
  })

  it('names a journey step journey/step in the endpoint column, as metrics.json does; a plain endpoint keeps its path', async () => {
    const r = new Recorder(Date.UTC(2026, 10, 25, 12, 0, 0))
    r.add(1000, 5000, 0, 200, 0, 10)
    r.add(2000, 5000, 1, 200, 0, 10)
    const file = join(await tempDir(), 'results.csv')
    await writeCsv(file, r, [
      {
        name: 'member/whoami',
        method: 'GET',
        path: '/-/whoami',
        headers: {},
        weight: 1,
        journey: 'member',
        step: 'whoami'
      },
      { name: 'GET /health', method: 'GET', path: '/health', headers: {}, weight: 1 }
    ])
    expect((await readFile(file, 'utf8')).split('\n')).toEqual([
      CSV_HEADER + JOURNEY_COLUMNS,
      '2026-11-25T12:00:00.001Z,member/whoami,GET,200,0.005000,true,,10,member,whoami',
      '2026-11-25T12:00:00.002Z,/health,GET,200,0.005000,true,,10,,',
      ''
    ])
  })
})
