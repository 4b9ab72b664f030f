import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { EventEmitter } from 'node:events'
import type { Endpoint } from '../../../src/config/resolve.js'
import type { AutocannonClient, ParsedHeaders } from '../../../src/engine/autocannon-client.js'
import { recordConnection } from '../../../src/engine/connection-recorder.js'
import { Pacer } from '../../../src/engine/pacer.js'
import { Recorder } from '../../../src/engine/recorder.js'
import { requestCycle } from '../../../src/engine/request-plan.js'
import { VirtualUser } from '../../../src/engine/session/virtual-user.js'
import { handSession, journeyOf, pathOf, step } from '../../helpers/virtual-users.js'

/**
 * Think time as a connection keeps it, on jest's fake clock: recordConnection
 * hooks a stand-in for autocannon's per-connection Client that does what
 * autocannon 9's lib/httpClient.js does with the fields it touches (see
 * autocannon-client.ts): `_connect` opens a socket and sends, `_doRequest`
 * moves on and writes, the timeout ticker is re-armed at each write and on
 * firing reconnects and emits `timeout`, a server close reconnects.
 */
class FakeParser {
  static readonly kOnHeadersComplete = 1
  static readonly kOnBody = 2
  static readonly RESPONSE = 'RESPONSE';
  [k: number]: unknown
  reinitialize(): void {}
  execute(): undefined {
    return undefined
  }
}

interface Sent {
  /** ms on the fake clock */
  at: number
  /** which socket (1: the first) */
  socket: number
  path: string
}

interface FakeClient extends AutocannonClient {
  sent: Sent[]
  sockets: number
}

function fakeClient(endpoints: readonly Endpoint[], timeoutMs: number): FakeClient {
  const requests = requestCycle(endpoints)
  let ticker: ReturnType<typeof setTimeout> | undefined
  const c = Object.assign(new EventEmitter(), {
    sent: [] as Sent[],
    sockets: 0,
    timeout: timeoutMs,
    requestIterator: {
      requests,
      currentRequest: requests[0],
      currentRequestIndex: 0,
      nextRequest() {
        const it = c.requestIterator
        it.currentRequestIndex = (it.currentRequestIndex + 1) % it.requests.length
        return (it.currentRequest = it.requests[it.currentRequestIndex])
      },
      resetContext() {}
    },
    pipelinedRequests: { setHeaders() {} },
    getRequestBuffer: () => Buffer.from(''),
    reqsMade: 0,
    destroyed: false,
    parser: new FakeParser() as unknown as AutocannonClient['parser'],
    conn: new EventEmitter(),
    timeoutTicker: {
      reschedule(ms: number) {
        clearTimeout(ticker)
        ticker = setTimeout(() => {
          // autocannon's handleTimeout
          c.conn.removeAllListeners('end')
          c.timeoutTicker.reschedule(c.timeout)
          c._connect()
          c.emit('timeout')
        }, ms)
      }
    },
    _doRequest(this: FakeClient) {
      if (this.reqsMade > 0) this.requestIterator.nextRequest()
      const bytes = this.getRequestBuffer().toString()
      this.sent.push({ at: Date.now(), socket: this.sockets, path: pathOf(bytes) })
      this.timeoutTicker.reschedule(this.timeout)
      this.reqsMade++
    },
    _connect(this: FakeClient) {
      this.sockets++
      this.conn = new EventEmitter()
      this.conn.on('end', () => {
        if (!this.destroyed) this._connect()
      })
      this._doRequest()
    },
    _resetConnection(this: FakeClient) {
      this.conn.removeAllListeners('end')
      this._connect()
    }
  }) as unknown as FakeClient
  return c
}

/** The answer to the request in flight, as autocannon's parser and onMessageComplete deliver it. */
function answer(c: FakeClient, status = 200): void {
  const onHeaders = c.parser[FakeParser.kOnHeadersComplete] as (h: ParsedHeaders) => boolean
  onHeaders({ statusCode: status, headers: [], shouldKeepAlive: true })
  c.emit('response', status, 100)
  c._doRequest()
}

/** A connection that is a virtual user of `endpoints`, started (its first request sent). */
function connection(
  endpoints: readonly Endpoint[],
  o: { timeoutMs?: number; maySend?: () => boolean; journeys?: boolean; pacer?: Pacer } = {}
) {
  const session = handSession(endpoints, {
    ...(o.journeys ? { journeys: [journeyOf(endpoints, 0)] } : {}),
    random: () => 0
  })
  const client = fakeClient(endpoints, o.timeoutMs ?? 10_000)
  const recorder = new Recorder(0)
  const handle = recordConnection(client, {
    recorder,
    nowUs: () => Date.now() * 1000,
    stage: () => 0,
    maySend: o.maySend ?? (() => true),
    user: new VirtualUser(session),
    ...(o.pacer ? { pacer: o.pacer } : {})
  })
  client._connect()
  return { client, recorder, handle }
}

const records = (r: Recorder) =>
  Array.from({ length: r.length }, (_, i) => {
    const x = r.get(i)
    return { sendMs: x.sendUs / 1000, latencyMs: x.latencyUs / 1000, status: x.status, error: x.error?.type }
  })

beforeEach(() => {
  jest.useFakeTimers({ now: 0 })
})
afterEach(() => {
  jest.useRealTimers()
})

describe('think time on a connection', () => {
  it('holds the next request for the pause after an answer, and sends it when the pause ends', () => {
    const { client, recorder } = connection([step('/a', { think: 2 }), step('/b', { think: 2 })])
    jest.advanceTimersByTime(100)
    answer(client)
    expect(client.sent).toHaveLength(1)
    jest.advanceTimersByTime(1_999)
    expect(client.sent).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(client.sent).toEqual([
      { at: 0, socket: 1, path: '/a' },
      { at: 2_100, socket: 1, path: '/b' }
    ])
    jest.advanceTimersByTime(300)
    answer(client)
    // the pause is no part of a latency
    expect(records(recorder)).toEqual([
      { sendMs: 0, latencyMs: 100, status: 200, error: undefined },
      { sendMs: 2_100, latencyMs: 300, status: 200, error: undefined }
    ])
  })

  it('a pause longer than the timeout is no timeout: the ticker waits it out', () => {
    const { client, recorder } = connection([step('/a', { think: 5 })], { timeoutMs: 1_000 })
    jest.advanceTimersByTime(100)
    answer(client)
    jest.advanceTimersByTime(5_000)
    // no reconnect, no timeout record: the request after the pause went out on the same socket
    expect(client.sockets).toBe(1)
    expect(client.sent.map((s) => [s.at, s.socket])).toEqual([
      [0, 1],
      [5_100, 1]
    ])
    expect(recorder.length).toBe(1)
    // and the ticker is armed again for that request: unanswered, it times out after 1 s
    jest.advanceTimersByTime(1_000)
    expect(records(recorder)[1]).toEqual({ sendMs: 5_100, latencyMs: 1_000, status: 0, error: 'timeout' })
    expect(client.sockets).toBe(2)
  })

  it('a reconnect during a pause sends nothing itself: the pause’s end sends once', () => {
    const { client } = connection([step('/a', { think: 2 })])
    jest.advanceTimersByTime(100)
    answer(client)
    jest.advanceTimersByTime(500)
    // the server closes the idle keep-alive socket: autocannon connects again and asks to send
    client.conn.emit('end')
    expect(client.sockets).toBe(2)
    expect(client.sent).toHaveLength(1)
    jest.advanceTimersByTime(10_000)
    expect(client.sent.map((s) => [s.at, s.socket])).toEqual([
      [0, 1],
      [2_100, 2]
    ])
  })

  it('sends nothing after maySend turns false, also when a pause ends', () => {
    let may = true
    const { client, handle } = connection([step('/a', { think: 2 })], { maySend: () => may })
    jest.advanceTimersByTime(100)
    answer(client)
    jest.advanceTimersByTime(1_000)
    may = false
    jest.advanceTimersByTime(10_000)
    expect(client.sent).toHaveLength(1)
    expect(handle.busy()).toBe(false)
  })

  it('a client stopped during a pause sends nothing', () => {
    const { client } = connection([step('/a', { think: 2 })])
    answer(client)
    client.destroyed = true
    jest.advanceTimersByTime(10_000)
    expect(client.sent).toHaveLength(1)
  })

  it('under a rate, a step inside an iteration goes on after its pause; the next iteration waits for the pacer', () => {
    const pacer = new Pacer({
      rate: 0.2, // an iteration every 5 s
      startUs: 0,
      dropAfterUs: 60e6,
      timers: { nowUs: () => Date.now() * 1000, setTimeout, clearTimeout: (h) => clearTimeout(h as never) }
    })
    pacer.start()
    const { client } = connection([step('/a', { think: 1 }), step('/b', { think: 1 })], {
      journeys: true,
      pacer
    })
    jest.advanceTimersByTime(100)
    answer(client) // /a, at 0
    jest.advanceTimersByTime(1_000)
    jest.advanceTimersByTime(100)
    answer(client) // /b, at 1 100
    jest.advanceTimersByTime(10_000)
    pacer.stop()
    expect(client.sent.map((s) => [s.at, s.path])).toEqual([
      [0, '/a'],
      [1_100, '/b'],
      [5_000, '/a']
    ])
  })
})
