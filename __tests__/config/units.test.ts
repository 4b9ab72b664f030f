import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseSeconds } from '../../src/config/units.js'
import { durationSeconds } from '../../src/config/validate.js'

describe('durations', () => {
  it.each([
    ['60', 60],
    ['2.5', 2.5],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['1h30m', 5400],
    ['1m30s', 90],
    ['2h0m5s', 7205],
    ['250ms', 0.25],
    ['1s500ms', 1.5],
    [' 5M ', 300]
  ])('%j is %d seconds', (text, seconds) => {
    expect(parseSeconds(text)).toBe(seconds)
  })

  it.each(['', 'm', '5x', '30s5m', '1.5.2s', '-5s', 'ms', '5 minutes'])('%j is not a duration', (text) => {
    expect(parseSeconds(text)).toBeUndefined()
  })

  it('formats limits the way users write them', () => {
    expect([86400, 5400, 90, 60, 30, 0.5].map(formatDuration)).toEqual([
      '24h',
      '1h30m',
      '1m30s',
      '1m',
      '30s',
      '500ms'
    ])
  })

  it('names the field, echoes the value and states the range', () => {
    expect(() => durationSeconds('--duration', '90000', 60, 86400)).toThrow(
      '--duration: must be a duration such as 30s, 5m or 1h30m (or plain seconds), above 0 and at most 24h (got "90000")'
    )
    expect(durationSeconds('--duration', undefined, 60, 86400)).toBe(60)
    expect(durationSeconds('--metrics-linger', '0', 0, 3600, { allowZero: true })).toBe(0)
  })
})
