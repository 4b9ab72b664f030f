import { describe, expect, it } from '@jest/globals'
import { progressLine, progressPrinter } from '../../src/terminal/progress-printer.js'
import type { Terminal } from '../../src/terminal/terminal.js'

function term(interactive: boolean): Terminal & { written: string[] } {
  const written: string[] = []
  return { out: () => undefined, err: (t) => written.push(t), interactive, color: false, written }
}
const snap = (elapsedSec: number) => ({
  elapsedSec,
  totalSec: 60,
  requests: 1234,
  rps: 200,
  p95Ms: 12.34,
  errors: 5,
  users: 10
})

describe('progress', () => {
  it('formats elapsed/total, users, rps, p95 and errors', () => {
    expect(progressLine('pkd_service', snap(12))).toBe(
      'pkd_service [12/60 s] 10 users, 1,234 requests, 200 req/s this second, p95 12.3 ms, errors 5 (0.41%)'
    )
  })
  it('prints a plain line every 5 s when not on a terminal', () => {
    const t = term(false)
    const p = progressPrinter(t, 's')
    for (let s = 1; s <= 12; s++) p.onProgress(snap(s))
    expect(t.written.map((l) => l.match(/\[\s*(\d+)\//)?.[1])).toEqual(['5', '10'])
    expect(t.written.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true)
  })
  it('rewrites one live line on a terminal and clears it at the end', () => {
    const t = term(true)
    const p = progressPrinter(t, 's')
    p.onProgress(snap(1))
    p.onProgress(snap(2))
    p.done()
    expect(t.written).toHaveLength(3)
    expect(t.written[1].startsWith('\r\x1b[K')).toBe(true)
    expect(t.written[2]).toBe('\r\x1b[K')
  })
})
