import { describe, expect, it } from '@jest/globals'
import type { DataSet } from '../../../src/config/data-file.js'
import type { Endpoint, Target } from '../../../src/config/resolve.js'
import { decodeHdr } from '../../../src/engine/latency-hdr.js'
import { CycleCursor, requestCycle } from '../../../src/engine/request-plan.js'
import { RequestRenderer } from '../../../src/engine/request-renderer.js'
import { createSession } from '../../../src/engine/session/run-session.js'
import { UserPool } from '../../../src/engine/session/user-pool.js'
import { VirtualUser, type Session } from '../../../src/engine/session/virtual-user.js'
import {
  bodyOf,
  exchange,
  handSession,
  headerOf,
  HOST,
  journeyOf,
  pathOf,
  step,
  type Reply
} from '../../helpers/virtual-users.js'

/** A shop: a login once per user (its token captured), then two pages again and again. */
function shop(o: { onFail?: 'restart' | 'login'; cookies?: boolean } = {}): Session {
  const endpoints = [
    step('/login', {
      method: 'POST',
      body: '{"user":"{{user}}"}',
      once: true,
      check: { status: 200 },
      capture: { token: '$.token' }
    }),
    step('/a', {
      headers: { authorization: 'Bearer {{token}}' },
      check: { status: 200 },
      ...(o.onFail ? { on_fail: o.onFail } : {})
    }),
    step('/b', { check: { status: 200 }, ...(o.onFail ? { on_fail: o.onFail } : {}) })
  ]
  return handSession(endpoints, {
    journeys: [journeyOf(endpoints, 1, 'shop')],
    columns: ['user'],
    userRows: [['alice'], ['bob']],
    ...(o.cookies ? { cookies: true } : {})
  })
}

/** The server of `shop`: a token per user; `fail` decides which requests (by count) fail with a 500. */
function shopServer(fail: (n: number, path: string) => boolean = () => false): (r: string) => Reply {
  let n = 0
  return (request) => {
    const path = pathOf(request)
    if (fail(n++, path)) return { status: 500 }
    if (path !== '/login') return {}
    const user = (JSON.parse(bodyOf(request)) as { user: string }).user
    return { body: JSON.stringify({ token: `tok-${user}` }) }
  }
}

/** A server that fails the requests `fail` picks (by count) with a 500, and answers the rest 200. */
function failing(fail: (n: number) => boolean): (r: string) => Reply {
  let n = 0
  return () => (fail(n++) ? { status: 500 } : {})
}

const paths = (user: VirtualUser, n: number, server: (r: string) => Reply): string[] =>
  Array.from({ length: n }, () => pathOf(exchange(user, server)))

describe('VirtualUser: a journey', () => {
  it('sends its once-step in the first iteration only, then the looped steps again and again', () => {
    const s = shop()
    const u = new VirtualUser(s)
    expect(paths(u, 7, shopServer())).toEqual(['/login', '/a', '/b', '/a', '/b', '/a', '/b'])
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 3, failed: 0, restarted: 0 })
    expect(s.stats.users).toBe(1)
  })

  it('a failed login is sent again at the next iteration, and not once it passed', () => {
    const s = shop()
    const u = new VirtualUser(s)
    const server = shopServer((n) => n === 0)
    expect(paths(u, 8, server)).toEqual(['/login', '/a', '/b', '/login', '/a', '/b', '/a', '/b'])
    const checks = s.stats.summary().checks.filter((c) => c.endpoint === 0 && c.label === 'status 200')
    expect(checks).toEqual([{ endpoint: 0, label: 'status 200', passed: 1, failed: 1 }])
    // the retry is counted: a view says the once-step was sent more than once per user
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 3, onceFailed: 1 })
  })

  it('counts each failed pass of the once-steps once, whichever of them failed; none once they passed', () => {
    const endpoints = [
      step('/login', { once: true, check: { status: 200 } }),
      step('/consent', { once: true, check: { status: 200 } }),
      step('/a')
    ]
    const s = handSession(endpoints, { journeys: [journeyOf(endpoints, 2)] })
    const u = new VirtualUser(s)
    // login fails twice (and the consent after it passes), then both pass
    const server = failing((n) => n === 0 || n === 3)
    expect(paths(u, 10, server)).toEqual([
      '/login',
      '/consent',
      '/a',
      '/login',
      '/consent',
      '/a',
      '/login',
      '/consent',
      '/a',
      '/a'
    ])
    expect(s.stats.summary().journeys[0].onceFailed).toBe(2)
  })

  it('on_fail: restart on a failed login sends it again at once, each failure counted', () => {
    const endpoints = [step('/login', { once: true, check: { status: 200 }, on_fail: 'restart' }), step('/a')]
    const s = handSession(endpoints, { journeys: [journeyOf(endpoints, 1)] })
    const u = new VirtualUser(s)
    expect(
      paths(
        u,
        5,
        failing((n) => n < 3)
      )
    ).toEqual(['/login', '/login', '/login', '/login', '/a'])
    expect(s.stats.summary().journeys[0]).toMatchObject({ onceFailed: 3, restarted: 0, iterations: 1 })
  })

  it('on_fail: restart after a failed looped step goes back to the first looped step', () => {
    const s = shop({ onFail: 'restart' })
    const u = new VirtualUser(s)
    // the 4th request (/a of the 2nd iteration) and the 8th (/b of the 3rd) fail
    const server = shopServer((n) => n === 3 || n === 7)
    expect(paths(u, 10, server)).toEqual(['/login', '/a', '/b', '/a', '/a', '/b', '/a', '/b', '/a', '/b'])
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 3, failed: 0, restarted: 2 })
  })

  it('on_fail: login after a revoked session: a new login (new token, no old cookie), then the loop again', () => {
    const s = shop({ onFail: 'login', cookies: true })
    const u = new VirtualUser(s)
    // the server issues tok-1, tok-2…; it revokes tok-1 after its 3rd use (a 401), and sets a cookie at login
    let issued = 0
    const uses = new Map<string, number>()
    const sent: { path: string; auth?: string; cookie?: string }[] = []
    const server = (request: string): Reply => {
      const path = pathOf(request)
      const auth = headerOf(request, 'authorization')
      sent.push({
        path,
        ...(auth ? { auth } : {}),
        ...(headerOf(request, 'cookie') ? { cookie: headerOf(request, 'cookie') } : {})
      })
      if (path === '/login') {
        issued++
        return { headers: ['Set-Cookie', `sid=s${issued}`], body: JSON.stringify({ token: `tok-${issued}` }) }
      }
      if (path !== '/a') return {}
      const token = auth?.slice('Bearer '.length) ?? ''
      uses.set(token, (uses.get(token) ?? 0) + 1)
      return token === 'tok-1' && uses.get(token)! > 2 ? { status: 401 } : {}
    }
    expect(paths(u, 9, server)).toEqual(['/login', '/a', '/b', '/a', '/b', '/a', '/login', '/a', '/b'])
    expect(sent[5]).toMatchObject({ path: '/a', auth: 'Bearer tok-1', cookie: 'sid=s1' })
    // the second login goes without the first session's cookie; what follows carries the new session
    expect(sent[6]).toEqual({ path: '/login' })
    expect(sent[7]).toMatchObject({ path: '/a', auth: 'Bearer tok-2', cookie: 'sid=s2' })
    // the data row stays: the same user logs in again
    expect(bodyOf(u.render(0).toString())).toBe('{"user":"alice"}')
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 3, restarted: 1, onceFailed: 0 })
  })

  it('a step with no answer at all (a timeout) fails it as a bad status does', () => {
    const s = shop({ onFail: 'restart' })
    const u = new VirtualUser(s)
    paths(u, 2, shopServer())
    expect(pathOf(u.render(u.next()).toString())).toBe('/b')
    u.failed(5_000_000)
    expect(paths(u, 2, shopServer())).toEqual(['/a', '/b'])
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 1, restarted: 1 })
  })

  it('an iteration with a failed step (on_fail: continue) goes on to its end and counts as failed', () => {
    const s = shop()
    const u = new VirtualUser(s)
    expect(
      paths(
        u,
        5,
        shopServer((n) => n === 1)
      )
    ).toEqual(['/login', '/a', '/b', '/a', '/b'])
    expect(s.stats.summary().journeys[0]).toMatchObject({ iterations: 2, failed: 1, restarted: 0 })
  })

  it("an iteration's duration is the sum of its looped steps' latencies, the login left out", () => {
    const s = shop()
    const u = new VirtualUser(s)
    const latencies = [900_000, 1_000, 2_000, 1_500, 2_500]
    let n = 0
    const server = shopServer()
    for (let i = 0; i < latencies.length; i++)
      exchange(u, (r) => ({ ...server(r), latencyUs: latencies[n++] }))
    const h = decodeHdr(s.stats.summary().journeys[0].durationHdr)
    expect(h.totalCount).toBe(2)
    // within the histogram's 3 significant digits
    expect(Math.abs(h.minNonZeroValue - 3_000)).toBeLessThanOrEqual(3)
    expect(Math.abs(h.maxValue - 4_000)).toBeLessThanOrEqual(4)
  })
})

describe('VirtualUser: think time', () => {
  it('pauses after each answer for min + random × (max − min): 0, 0.5, 1 give 500, 1250, 2000 ms', () => {
    const draws = [0, 0.5, 1]
    const endpoints = [step('/a', { think: [0.5, 2] })]
    const s = handSession(endpoints, { random: () => draws.shift()! })
    const u = new VirtualUser(s)
    const pauses = [1, 2, 3].map(() => {
      expect(u.takePause()).toBe(0)
      exchange(u)
      const p = u.takePause()
      // taken: asked again, it is gone
      expect(u.takePause()).toBe(0)
      return p
    })
    expect(pauses).toEqual([500, 1250, 2000])
  })

  it('a step without think time owes no pause', () => {
    const s = handSession([step('/a', { check: { status: 200 } })], { random: () => 1 })
    const u = new VirtualUser(s)
    exchange(u)
    expect(u.takePause()).toBe(0)
  })
})

describe('VirtualUser: its own values', () => {
  it('users from a pool go on in the next run (an A/B slice): logged in, token and row kept, mid-iteration dropped', () => {
    const pool = new UserPool()
    const server = shopServer()
    const first = { ...shop(), pool }
    pool.rewind()
    const [alice, bob] = [new VirtualUser(first), new VirtualUser(first)]
    expect([...paths(alice, 2, server), ...paths(bob, 1, server)]).toEqual(['/login', '/a', '/login'])
    // the next run: the same two users, none logs in again, nor takes another row
    const next = { ...shop(), pool }
    pool.rewind()
    const [alice2, bob2, carol] = [new VirtualUser(next), new VirtualUser(next), new VirtualUser(next)]
    const sent = [exchange(alice2, server), exchange(bob2, server), exchange(carol, server)]
    expect(sent.map(pathOf)).toEqual(['/a', '/a', '/login'])
    expect(sent.slice(0, 2).map((r) => headerOf(r, 'authorization'))).toEqual([
      'Bearer tok-alice',
      'Bearer tok-bob'
    ])
    // the third is new: the next run's own first row (its session's rows begin again at alice)
    expect(JSON.parse(bodyOf(sent[2]))).toEqual({ user: 'alice' })
    expect(pool.size).toBe(3)
  })

  it("fills a captured value into its next request's bytes, for that user only", () => {
    const s = shop()
    const [alice, bob] = [new VirtualUser(s), new VirtualUser(s)]
    const server = shopServer()
    const login = [exchange(alice, server), exchange(bob, server)]
    expect(login.map((r) => JSON.parse(bodyOf(r)))).toEqual([{ user: 'alice' }, { user: 'bob' }])
    const a = [exchange(alice, server), exchange(bob, server)]
    expect(a.map((r) => headerOf(r, 'authorization'))).toEqual(['Bearer tok-alice', 'Bearer tok-bob'])
    expect(s.stats.users).toBe(2)
  })

  it("a check reads the value its own step captures from this answer, not the previous iteration's", () => {
    // the step captures the answer's token and checks that the answer echoes it back
    const endpoints = [
      step('/token', { capture: { token: '$.token' }, check: { equals: { '$.echo': '{{token}}' } } })
    ]
    const s = handSession(endpoints, { journeys: [journeyOf(endpoints, 0)] })
    const user = new VirtualUser(s)
    let n = 0
    const server = (): Reply => {
      const token = `t-${++n}`
      return { body: JSON.stringify({ token, echo: token }) }
    }
    for (let i = 0; i < 3; i++) exchange(user, server)
    expect(s.stats.summary().checks).toEqual([
      expect.objectContaining({ label: 'capture token', passed: 3, failed: 0 }),
      expect.objectContaining({ label: '$.echo equals "{{token}}"', passed: 3, failed: 0 })
    ])
  })

  it("keeps its own cookies: a Set-Cookie goes back with that user's requests only", () => {
    const endpoints = [
      step('/login', { once: true, check: { status: 200 } }),
      step('/a'),
      step('/b', { headers: { Cookie: 'theme=dark' } })
    ]
    const s = handSession(endpoints, { journeys: [journeyOf(endpoints, 1)], cookies: true })
    const [alice, bob] = [new VirtualUser(s), new VirtualUser(s)]
    exchange(alice, () => ({
      headers: ['Set-Cookie', 'sid=alice; Path=/; HttpOnly', 'set-cookie', 'seen=1; Path=/a']
    }))
    exchange(bob)
    const cookies = [alice, bob, alice, bob].map((u) => headerOf(exchange(u), 'cookie'))
    // the longer path first (RFC 6265 §5.4); a Cookie header of the config's own goes in the same header
    expect(cookies).toEqual(['seen=1; sid=alice', undefined, 'theme=dark; sid=alice', 'theme=dark'])
  })

  it('{{seq}} is one number per request, however often the request reads it', () => {
    const s = handSession([step('/items/{{seq}}', { method: 'PUT', body: '{"id":"{{seq}}"}', think: 1 })])
    const u = new VirtualUser(s)
    const sent = [exchange(u), exchange(u)]
    expect(sent.map((r) => [pathOf(r), bodyOf(r)])).toEqual([
      ['/items/1', '{"id":"1"}'],
      ['/items/2', '{"id":"2"}']
    ])
  })
})

/** A target of `endpoints` (and journeys) on 127.0.0.1:8080, for createSession. */
function target(endpoints: Endpoint[], journeys?: Target['journeys']): Target {
  return {
    service: 'shop',
    baseUrl: `http://${HOST}`,
    unreachableMessage: '',
    endpoints,
    thresholds: {},
    secrets: [],
    ...(journeys ? { journeys, cookies: true } : {})
  }
}

function runSession(t: Target, data?: DataSet): Session {
  const inputs = { values: {}, ...(data ? { data } : {}) }
  const renderer = new RequestRenderer(t.endpoints, HOST, inputs)
  const requests = requestCycle(renderer.endpoints)
  return createSession({ target: t, renderer, requests, cycle: new CycleCursor(requests.length), inputs })
}

describe('VirtualUser in a run session (createSession)', () => {
  const users = (order: DataSet['order']): DataSet => ({
    file: 'users.csv',
    order,
    columns: ['user'],
    rows: [['alice'], ['bob'], ['carol']]
  })

  it('order: per_user: each user keeps its own row for every request it sends', () => {
    const s = runSession(target([step('/u/{{user}}', { check: { status: 200 } })]), users('per_user'))
    const [u1, u2] = [new VirtualUser(s), new VirtualUser(s)]
    const sent = [1, 2, 3].flatMap(() => [pathOf(exchange(u1)), pathOf(exchange(u2))])
    expect(sent).toEqual(['/u/alice', '/u/bob', '/u/alice', '/u/bob', '/u/alice', '/u/bob'])
    expect(pathOf(exchange(new VirtualUser(s)))).toBe('/u/carol')
  })

  it('another order: each request of a user takes the next row', () => {
    const s = runSession(target([step('/u/{{user}}', { check: { status: 200 } })]), users('sequence'))
    const u = new VirtualUser(s)
    expect([1, 2, 3, 4].map(() => pathOf(exchange(u)))).toEqual([
      '/u/alice',
      '/u/bob',
      '/u/carol',
      '/u/alice'
    ])
  })

  it('weighted journeys: weights 3:1 over 8 iterations of 2 users make a 6:2 mix', () => {
    const endpoints = [step('/browse'), step('/cart', { check: { status: 200 } }), step('/pay')]
    const journeys = [
      { name: 'browse', weight: 3, steps: [0], once: 0 },
      { name: 'buy', weight: 1, steps: [1, 2], once: 0 }
    ]
    const s = runSession(target(endpoints, journeys))
    const us = [new VirtualUser(s), new VirtualUser(s)]
    let started = 0
    // the users take turns, a request each, until 8 iterations were started and all have ended
    for (let turn = 0; started < 8 || us.some((u) => !u.betweenIterations); turn++) {
      const u = us[turn % 2]
      if (u.betweenIterations) {
        if (started === 8) continue
        started++
      }
      exchange(u)
    }
    const tally = s.stats.summary().journeys.map((j) => [j.name, j.iterations])
    expect(tally).toEqual([
      ['browse', 6],
      ['buy', 2]
    ])
  })
})
