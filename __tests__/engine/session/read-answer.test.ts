import { describe, expect, it } from '@jest/globals'
import { stepRules, type SessionConfig, type StepRules } from '../../../src/config/session-rules.js'
import { readAnswer, type Answer } from '../../../src/engine/session/read-answer.js'

/** A step's rules as the config makes them. */
function rules(c: SessionConfig): StepRules {
  const r = stepRules(c)
  if (!r) throw new Error('the step has no rules')
  return r
}

const answer = (a: Partial<Answer>): Answer => ({ status: 200, headers: [], latencyUs: 1_000, ...a })

const LOGIN_PAGE = `<html><body>
<form method="post" action="/login">
  <input type="hidden" name="csrf_token" value="f3a9-77c1">
  <input name="user">
</form></body></html>`

describe('readAnswer: captures', () => {
  it('takes a value from a JSON path; numbers and objects come as JSON text', () => {
    const v = readAnswer(
      rules({ capture: { token: '$.auth.token', id: { json: '$.items[1].id' }, who: '$.user' } }),
      answer({
        body: JSON.stringify({ auth: { token: 'T-1' }, items: [{ id: 1 }, { id: 42 }], user: { n: 'a' } })
      })
    )
    expect(v.values).toEqual([
      ['token', 'T-1'],
      ['id', '42'],
      ['who', '{"n":"a"}']
    ])
    expect(v.failed).toBeUndefined()
    expect(v.results).toEqual([
      { label: 'capture token', passed: true },
      { label: 'capture id', passed: true },
      { label: 'capture who', passed: true }
    ])
  })

  it('takes a response header by name, in any case', () => {
    const r = rules({ capture: { session: { header: 'X-Session-Id' } } })
    for (const name of ['x-session-id', 'X-SESSION-ID', 'X-Session-Id']) {
      const v = readAnswer(r, answer({ headers: ['Content-Type', 'text/plain', name, 'S-9'] }))
      expect(v.values).toEqual([['session', 'S-9']])
    }
  })

  it("takes a regex group from the body: an HTML form's CSRF token", () => {
    const v = readAnswer(
      rules({
        capture: {
          csrf: { regex: 'name="csrf_token" value="([^"]+)"', group: 1 },
          action: { regex: '<form (method)="post" action="([^"]+)"', group: 2 }
        }
      }),
      answer({ body: LOGIN_PAGE })
    )
    expect(v.values).toEqual([
      ['csrf', 'f3a9-77c1'],
      ['action', '/login']
    ])
  })

  it('a capture that finds nothing is a failed check `capture NAME`, and no value', () => {
    const r = rules({
      capture: {
        token: '$.token',
        nothing: '$.gone',
        nil: '$.nil',
        session: { header: 'x-session' },
        csrf: { regex: 'csrf=(\\w+)', group: 1 }
      }
    })
    const v = readAnswer(r, answer({ body: '{"token":"T","nil":null}' }))
    expect(v.values).toEqual([['token', 'T']])
    expect(v.failed).toBe('capture nothing')
    expect(v.results.filter((x) => !x.passed).map((x) => x.label)).toEqual([
      'capture nothing',
      'capture nil',
      'capture session',
      'capture csrf'
    ])
    // a body that is no JSON finds nothing either
    expect(readAnswer(rules({ capture: { t: '$.t' } }), answer({ body: '<html>' })).failed).toBe('capture t')
  })
})

describe('readAnswer: checks', () => {
  it('status: the one status passes, another fails with what came', () => {
    const r = rules({ check: { status: 201 } })
    expect(readAnswer(r, answer({ status: 201 }))).toMatchObject({ statusChecked: true, failed: undefined })
    expect(readAnswer(r, answer({ status: 200 })).failed).toBe('status 201 (got 200)')
    expect(readAnswer(r, answer({ status: 0 })).failed).toBe('status 201 (got no answer)')
  })

  it('status list: a 404 the step expects passes', () => {
    const r = rules({ check: { status: [200, 404] } })
    const v = readAnswer(r, answer({ status: 404 }))
    expect(v).toMatchObject({ statusChecked: true, failed: undefined })
    expect(v.results).toEqual([{ label: 'status 200 or 404', passed: true }])
    expect(readAnswer(r, answer({ status: 500 })).failed).toBe('status 200 or 404 (got 500)')
  })

  it('without a status check, a status outside 2xx/3xx fails the step but no check', () => {
    const r = rules({ check: { contains: 'ok' } })
    const v = readAnswer(r, answer({ status: 503, body: 'ok' }))
    expect(v).toEqual({ statusChecked: false, failed: undefined, results: [], values: [] })
    expect(readAnswer(r, answer({ status: 302, body: 'ok' })).results).toEqual([
      { label: 'body contains "ok"', passed: true }
    ])
  })

  it('exists: present passes; missing and null fail', () => {
    const r = rules({ check: { exists: ['$.user.name'] } })
    const label = '$.user.name exists'
    const run = (body: string): string | undefined => readAnswer(r, answer({ body })).failed
    expect(run('{"user":{"name":""}}')).toBeUndefined()
    expect(run('{"user":{"name":0}}')).toBeUndefined()
    expect(run('{"user":{"name":null}}')).toBe(label)
    expect(run('{"user":{}}')).toBe(label)
    expect(run('{"user":null}')).toBe(label)
    expect(run('not json')).toBe(label)
  })

  it('equals: strings, numbers, booleans and null, each by its type', () => {
    const r = rules({ check: { equals: { '$.s': 'admin', '$.n': 3, '$.b': false, '$.z': null } } })
    const ok = { s: 'admin', n: 3, b: false, z: null }
    const failedOf = (doc: unknown): string | undefined =>
      readAnswer(r, answer({ body: JSON.stringify(doc) })).failed
    expect(failedOf(ok)).toBeUndefined()
    // what came instead, in few words: a string's value (maybe a user's secret) is never said
    expect(failedOf({ ...ok, s: 'Admin' })).toBe('$.s equals "admin" (got another string)')
    expect(failedOf({ ...ok, n: '3' })).toBe('$.n equals 3 (got a string)')
    expect(failedOf({ ...ok, n: 4 })).toBe('$.n equals 3 (got 4)')
    expect(failedOf({ ...ok, s: 1 })).toBe('$.s equals "admin" (got the number 1)')
    expect(failedOf({ ...ok, b: 0 })).toBe('$.b equals false (got the number 0)')
    expect(failedOf({ ...ok, b: [1] })).toBe('$.b equals false (got a list)')
    expect(failedOf({ s: 'admin', n: 3, b: false })).toBe('$.z equals null (got nothing there)')
    // the pass rates count the check by its own label
    expect(readAnswer(r, answer({ body: JSON.stringify({ ...ok, n: 4 }) })).results).toContainEqual({
      label: '$.n equals 3',
      passed: false
    })
  })

  it('contains: every text must be in the body', () => {
    const r = rules({ check: { contains: ['Welcome', 'Logout'] } })
    expect(readAnswer(r, answer({ body: 'Welcome back! Logout' })).failed).toBeUndefined()
    const v = readAnswer(r, answer({ body: 'Welcome, guest. Login' }))
    expect(v.failed).toBe('body contains "Logout"')
    expect(v.results).toEqual([
      { label: 'body contains "Welcome"', passed: true },
      { label: 'body contains "Logout"', passed: false }
    ])
  })

  it('max_latency: up to the bound passes, beyond it fails', () => {
    const r = rules({ check: { max_latency: 0.5 } })
    expect(readAnswer(r, answer({ latencyUs: 500_000 })).failed).toBeUndefined()
    expect(readAnswer(r, answer({ latencyUs: 500_001 })).failed).toBe('response time ≤ 500ms')
  })

  it('the first failed check is the verdict; every check is tallied', () => {
    const r = rules({ check: { status: 200, exists: ['$.a'], contains: 'zzz', max_latency: 1 } })
    const v = readAnswer(r, answer({ body: '{"b":1}', latencyUs: 2_000_000 }))
    expect(v.failed).toBe('$.a exists')
    expect(v.results.map((x) => x.passed)).toEqual([true, false, false, false])
  })
})

describe('readAnswer: an answer whose status failed', () => {
  it('runs no other check and no capture', () => {
    const r = rules({
      check: { status: 200, exists: ['$.a'], contains: 'x', max_latency: 0.001 },
      capture: { a: '$.a' }
    })
    const v = readAnswer(r, answer({ status: 500, body: '{"a":"secret-a"}', latencyUs: 9_000_000 }))
    expect(v).toEqual({
      statusChecked: true,
      failed: 'status 200 (got 500)',
      results: [{ label: 'status 200', passed: false }],
      values: []
    })
  })
})

describe('readAnswer: labels', () => {
  it("never hold a value of the answer: only the config's paths, texts and bounds", () => {
    const secret = 'tok-9f8e7d'
    const r = rules({
      check: { status: 200, exists: ['$.token'], equals: { '$.role': 'admin' }, contains: 'Welcome' },
      capture: { token: '$.token', csrf: { regex: 'csrf=(\\w+)', group: 1 }, sid: { header: 'x-sid' } }
    })
    const answers = [
      answer({ headers: ['X-Sid', secret], body: JSON.stringify({ token: secret, role: secret }) }),
      answer({ body: `csrf=${secret} {"token":"${secret}"}` }),
      answer({ status: 401, body: JSON.stringify({ token: secret }) })
    ]
    for (const a of answers) {
      const v = readAnswer(r, a)
      expect(v.failed).toBeDefined()
      const labels = [v.failed, ...v.results.map((x) => x.label)].join('\n')
      expect(labels).not.toContain(secret)
    }
    // the values themselves are where they belong
    expect(readAnswer(r, answers[0]).values).toContainEqual(['token', secret])
  })
})
