import { describe, expect, it } from '@jest/globals'
import { Recorder } from '../../src/engine/recorder.js'
import { requestCycle } from '../../src/engine/request-plan.js'
import type { Endpoint } from '../../src/config/resolve.js'

describe('Recorder', () => {
  it('keeps records across chunk boundaries and interns errors', () => {
    const r = new Recorder(0)
    const boom = r.errorId('http_5xx', 'HTTP 500')
    expect(r.errorId('http_5xx', 'HTTP 500')).toBe(boom)
    const n = 70_000 // more than one 65,536-record chunk
    for (let i = 0; i < n; i++) r.add(i * 10, i, i % 3, i % 7 === 0 ? 500 : 200, i % 7 === 0 ? boom : 0, i)
    expect(r.length).toBe(n)
    expect(r.get(65_537)).toEqual({
      sendUs: 655_370,
      latencyUs: 65_537,
      endpoint: 65_537 % 3,
      status: 200,
      error: undefined,
      bytes: 65_537,
      stage: 0
    })
    expect(r.get(69_993)).toMatchObject({ status: 500, error: { type: 'http_5xx', message: 'HTTP 500' } })
    expect(r.latencies(65_530, 65_540)).toEqual(Uint32Array.from({ length: 10 }, (_, k) => 65_530 + k))
    // two chunks of 23 bytes per record
    expect(r.allocatedBytes).toBe(2 * 65_536 * 23)
  })

  it('a request whose connection failed before it could leave was not sent; a reset or a timeout was', () => {
    const r = new Recorder(0)
    const kinds = ['connection_refused', 'dns', 'tls', 'connection_reset', 'timeout', 'http_5xx'] as const
    kinds.forEach((type, i) => r.add(i, 5, 0, 0, r.errorId(type, type), 0))
    r.add(10, 5, 0, 200, 0, 2)
    expect(Array.from({ length: r.length }, (_, i) => r.wasSent(i))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true
    ])
  })

  it('clamps values beyond the columns instead of wrapping', () => {
    const r = new Recorder(0)
    r.add(0, 2 ** 33, 0, 200, 0, 2 ** 40)
    expect(r.latencyUs(0)).toBe(0xffffffff)
    expect(r.bytes(0)).toBe(0xffffffff)
  })
})

describe('requestCycle', () => {
  const ep = (path: string, weight: number): Endpoint => ({
    name: `GET ${path}`,
    method: 'GET',
    path,
    headers: {},
    weight
  })

  it('spreads weights smoothly and reduces them', () => {
    const cycle = requestCycle([ep('/a', 6), ep('/b', 2)])
    expect(cycle.map((r) => r.path)).toEqual(['/a', '/a', '/b', '/a'])
    expect(cycle.map((r) => r.ep)).toEqual([0, 0, 1, 0])
  })

  it('adds a user-agent unless one is configured', () => {
    expect(requestCycle([ep('/a', 1)])[0].headers['user-agent']).toMatch(/^perf-gate\//)
    const custom = { ...ep('/a', 1), headers: { 'User-Agent': 'mine' } }
    expect(requestCycle([custom])[0].headers).toEqual({ 'User-Agent': 'mine' })
  })
})
