import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { parseConfigText } from '../../src/config/parse.js'
import { resolveTarget, type Target } from '../../src/config/resolve.js'
import { readWorkloadData } from '../../src/run/workload-inputs.js'
import { inputError } from '../helpers/input-error.js'
import { tempDir } from '../helpers/run-cli.js'

/** A service `api` of the given journeys (YAML lines under `journeys:`) and extra service fields. */
const config = (journeys: string[], extra: string[] = []): string =>
  ['services:', '  api:', '    base_url: http://127.0.0.1:8080', ...extra, '    journeys:', ...journeys].join(
    '\n'
  ) + '\n'

/** The config, written to a file (with `files` beside it), loaded and its service resolved. */
async function resolved(text: string, files: Record<string, string> = {}): Promise<Target> {
  const dir = await tempDir()
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  const file = join(dir, 'p.yml')
  await writeFile(file, text)
  return resolveTarget(await loadConfig({ file }), 'api')
}

const parseError = (text: string): string => inputError(() => parseConfigText(text, 'p.yml')).message

describe('journeys: config errors name the field and the fix', () => {
  it('a once-step after a looped step: move it up, at its line', () => {
    const text = config([
      '      - name: shop',
      '        steps:',
      '          - path: /a',
      '          - { path: /login, once: true }'
    ])
    expect(parseError(text)).toBe(
      'p.yml:8 services.api.journeys[0].steps[1].once: once-steps come first (a login), before the steps that loop: move it up'
    )
  })

  it('every step once: leave one to loop', () => {
    const text = config(['      - name: shop', '        steps:', '          - { path: /login, once: true }'])
    expect(parseError(text)).toBe(
      'p.yml:7 services.api.journeys[0].steps: every step is once: leave at least one step to loop'
    )
  })

  it('a journey named twice, at its line', () => {
    const text = config([
      '      - { name: shop, steps: [{ path: /a }] }',
      '      - { name: shop, steps: [{ path: /b }] }'
    ])
    expect(parseError(text)).toBe('p.yml:6 services.api.journeys[1].name: journey "shop" is named twice')
  })

  it('a step named twice, also by its default name (step2), at its line', () => {
    const twice = config([
      '      - name: shop',
      '        steps: [{ name: x, path: /a }, { name: x, path: /b }]'
    ])
    expect(parseError(twice)).toBe(
      'p.yml:6 services.api.journeys[0].steps[1].name: step "x" is named twice in shop'
    )
    const byDefault = config([
      '      - name: shop',
      '        steps: [{ name: step2, path: /a }, { path: /b }]'
    ])
    expect(parseError(byDefault)).toBe(
      'p.yml:6 services.api.journeys[0].steps[1].name: step "step2" is named twice in shop'
    )
  })

  it('a regex capture without a (group), or no regular expression at all', () => {
    const capture = (c: string) =>
      config([
        '      - name: shop',
        '        steps:',
        '          - path: /login',
        `            capture: { csrf: ${c} }`
      ])
    expect(parseError(capture('{ regex: "csrf=\\\\w+" }'))).toBe(
      'p.yml:8 services.api.journeys[0].steps[0].capture.csrf.regex: needs a (group) around the part to capture'
    )
    expect(parseError(capture('{ regex: "csrf=(\\\\w+" }'))).toBe(
      'p.yml:8 services.api.journeys[0].steps[0].capture.csrf.regex: is not a valid regular expression: Invalid regular expression: /csrf=(\\w+/: Unterminated group'
    )
    expect(parseError(capture('token'))).toBe(
      'p.yml:8 services.api.journeys[0].steps[0].capture.csrf: must start with $ (the response body), as in $.access_token (got "token")'
    )
  })

  it('a wrong value of a check, capture, think or step field says what is accepted, never "Invalid input"', () => {
    const step = (fields: string) =>
      config(['      - name: shop', `        steps: [{ path: /a, ${fields} }]`])
    const at = 'p.yml:6 services.api.journeys[0].steps[0]'
    const STATUS = 'expected an HTTP status 100–599 or a list of them: 200 or [200, 201]'
    const cases: [string, string][] = [
      ['check: { status: "ok" }', `${at}.check.status: ${STATUS}`],
      ['check: { status: 99 }', `${at}.check.status: ${STATUS}`],
      ['check: { status: [200, "x"] }', `${at}.check.status[1]: ${STATUS}`],
      ['check: { status: [] }', `${at}.check.status: ${STATUS}`],
      [
        'check: { contains: 3 }',
        `${at}.check.contains: must be a text the body must contain, or a list of them (none empty)`
      ],
      [
        'check: { equals: { $.a: [1] } }',
        `${at}.check.equals.$.a: must be a text, a number, true, false or null: the value the path must have`
      ],
      [
        'check: { equals: { a: 1 } }',
        `${at}.check.equals.a: must start with $ (the response body), as in $.access_token (got "a")`
      ],
      ['check: { exists: $.a }', `${at}.check.exists: must be a list of JSON paths: [$.username]`],
      ['check: 3', `${at}.check: must be a mapping of status, exists, equals, contains or max_latency`],
      [
        'capture: { t: 3 }',
        `${at}.capture.t: must be $.path, { json: $.path }, { header: name } or { regex: "…(…)…" }`
      ],
      [
        'capture: { t: { json: 3 } }',
        `${at}.capture.t.json: must be a JSON path into the body, such as $.token`
      ],
      ['capture: { t: { header: 3 } }', `${at}.capture.t.header: must be an HTTP header name`],
      [
        'capture: { t: { regex: "(a)", group: 0 } }',
        `${at}.capture.t.group: must be a whole number from 1 to 9: which (group) to take`
      ],
      ['capture: 3', `${at}.capture: must be a mapping of names to where each value is: { token: $.token }`],
      [
        'think: true',
        `${at}.think: must be a pause such as 1s, or the shortest and longest of a range: [0.5s, 2s]`
      ],
      ['think: [1s]', `${at}.think: a range is two pauses, the shorter first: [0.5s, 2s]`],
      ['once: yes', `${at}.once: must be true or false`],
      ['on_fail: stop', `${at}.on_fail: must be continue, restart or login`],
      ['on_fail: relogin', `${at}.on_fail: must be continue, restart or login; did you mean login?`],
      ['body: 3', `${at}.body: must be a text, or a mapping or list sent as JSON`]
    ]
    for (const [fields, message] of cases)
      expect([fields, parseError(step(fields))]).toEqual([fields, message])
    expect(parseError(config(['      - 3']))).toBe(
      'p.yml:5 services.api.journeys[0]: must be a mapping with a name and steps'
    )
  })

  it('both endpoints and journeys: set one', () => {
    const text = config(['      - { name: shop, steps: [{ path: /a }] }'], ['    endpoints: [{ path: /b }]'])
    expect(parseError(text)).toBe(
      'p.yml:3 services.api: set either endpoints or journeys, not both (an endpoint is a one-step journey)'
    )
  })

  it('think: [2s, 1s] — the shorter pause first, in a step or a journey', () => {
    const inStep = config([
      '      - name: shop',
      '        steps:',
      '          - { path: /a, think: [2s, 1s] }'
    ])
    expect(parseError(inStep)).toBe(
      'p.yml:7 services.api.journeys[0].steps[0].think: write the shorter pause first: [0.5s, 2s]'
    )
    const inJourney = config([
      '      - name: shop',
      '        think: [2s, 1s]',
      '        steps: [{ path: /a }]'
    ])
    expect(parseError(inJourney)).toBe(
      'p.yml:6 services.api.journeys[0].think: write the shorter pause first: [0.5s, 2s]'
    )
  })

  it("an unknown field lists the fields of where it stands: a step's, a journey's, a check's", () => {
    const step = config(['      - name: shop', '        steps: [{ path: /a, weight: 2 }]'])
    expect(parseError(step)).toBe(
      'p.yml:6 services.api.journeys[0].steps[0].weight: unknown field (allowed: name, path, method, body, headers, capture, check, think, once, on_fail, thresholds)'
    )
    const journey = config(['      - name: shop', '        once: true', '        steps: [{ path: /a }]'])
    expect(parseError(journey)).toBe(
      'p.yml:6 services.api.journeys[0].once: unknown field (allowed: name, weight, think, on_fail, steps, thresholds)'
    )
    const check = config(['      - name: shop', '        steps: [{ path: /a, check: { statuss: 200 } }]'])
    expect(parseError(check)).toBe(
      'p.yml:6 services.api.journeys[0].steps[0].check.statuss: unknown field (allowed: status, exists, equals, contains, max_latency); did you mean status?'
    )
    // the thresholds' list is the schema's own (min_requests too), and a typo gets its nearest field
    const typo = parseError('thresholds:\n  p95_responce_time: { warning: 1s, critical: 2s }\n')
    expect(typo).toMatch(
      /^p\.yml:2 thresholds\.p95_responce_time: unknown field \(allowed: error_rate, .*, min_requests\); did you mean p95_response_time\?$/
    )
  })

  it('an unknown {{name}} written over several lines is said at its own line, not its step’s', async () => {
    const text = config([
      '      - name: shop', // line 5
      '        steps:',
      '          - name: login',
      '            once: true',
      '            path: /login',
      '            capture: { token: $.token }',
      '          - name: cart', // line 11
      '            path: /cart',
      '            headers:',
      '              authorization: "Bearer {{tokn}}"', // line 14
      '            check:',
      '              equals: { $.user: "{{usr}}" }' // line 16
    ])
    const header = await readWorkloadData(await resolved(text)).catch((e: Error) => e.message)
    expect(header).toMatch(
      /^p\.yml:14 services\.api\.journeys\[0\]\.steps\[1\]\.headers\.authorization: \{\{tokn\}\} .*did you mean \{\{token\}\}\?$/
    )
    const check = await readWorkloadData(await resolved(text.replace('{{tokn}}', '{{token}}'))).catch(
      (e: Error) => e.message
    )
    expect(check).toMatch(
      /^p\.yml:16 services\.api\.journeys\[0\]\.steps\[1\]\.check\.equals\.\$\.user: \{\{usr\}\} /
    )
  })

  it('an unknown {{name}} in a step: not a data column, a setup capture or a capture of any step', async () => {
    const steps = (auth: string) => [
      '      - name: shop',
      '        steps:',
      '          - { name: login, path: /login, method: POST, body: { user: "{{user}}" }, once: true, capture: { token: $.token } }',
      `          - { name: list, path: /orders, headers: { Authorization: "Bearer ${auth}" } }`,
      '          - { name: next, path: /n, capture: { cursor: $.next } }'
    ]
    const data = { 'users.csv': 'user\nalice\nbob\n' }
    const extra = ['    data: { file: users.csv, order: per_user }']
    const bad = await resolved(config(steps('{{tokn}}'), extra), data)
    await expect(readWorkloadData(bad)).rejects.toThrow(
      /^p\.yml:9 services\.api\.journeys\[0\]\.steps\[1\]\.headers\.Authorization: \{\{tokn\}\} is not a column of .*users\.csv \(user\), nor a captured value \(token\), nor a generator \(.*\); did you mean \{\{token\}\}\?$/
    )
    // a capture of any step (a later one's too: empty until then), a data column, a generator
    for (const name of ['{{token}}', '{{cursor}}', '{{user}}', '{{uuid}}'])
      await expect(readWorkloadData(await resolved(config(steps(name), extra), data))).resolves.toBeDefined()
  })
})

describe('journeys: a {{name}} needs a source the step has when it runs', () => {
  const data = { 'users.csv': 'user\nalice\nbob\n' }
  const extra = ['    data: { file: users.csv, order: per_user }']
  /** the config of `journeys` (YAML lines), its data file beside it, its names checked; what was said too */
  async function check(journeys: string[], files = data): Promise<{ error?: string; said: string[] }> {
    const said: string[] = []
    try {
      await readWorkloadData(await resolved(config(journeys, extra), files), (l) => said.push(l))
      return { said }
    } catch (e) {
      return { error: (e as Error).message, said }
    }
  }
  const login =
    '          - { name: login, path: /login, method: POST, once: true, capture: { token: $.token } }'

  it('a pause of a minute or more, or a latency bound at the timeout, is said: a bare number is seconds', async () => {
    const r = await check([
      '      - name: shop',
      '        steps: [{ name: list, path: /a, think: 1000, check: { max_latency: 500 } }, { path: /b, think: 1s }]'
    ])
    expect(r).toEqual({
      said: [
        '⚠ p.yml:7 services.api.journeys[0].steps[0].think: each user pauses up to 1000 s after this step (a bare number is seconds; write 500ms for milliseconds)',
        '⚠ p.yml:7 services.api.journeys[0].steps[0].check.max_latency: 500 s is at or beyond the default request timeout (10 s), so it can fail only with a longer --timeout (a bare number is seconds; write 500ms for milliseconds)'
      ]
    })
  })

  it('a check with an unknown {{name}} is refused as a request with one is, naming the check', async () => {
    const equals = await check([
      '      - name: shop',
      '        steps:',
      login,
      '          - { name: me, path: /me, check: { equals: { $.username: "{{usr}}" } } }'
    ])
    expect(equals.error).toMatch(
      /^p\.yml:9 services\.api\.journeys\[0\]\.steps\[1\]\.check\.equals\.\$\.username: \{\{usr\}\} is not a column of .*users\.csv \(user\), nor a captured value \(token\), nor a generator \(randomInt MIN MAX, uuid, seq, timestamp\); did you mean \{\{user\}\}\?$/
    )
    const contains = await check([
      '      - name: shop',
      '        steps:',
      login,
      '          - { name: me, path: /me, check: { contains: ["hello", "{{ user }}", "{{nme}}"] } }'
    ])
    expect(contains.error).toMatch(
      /^p\.yml:9 services\.api\.journeys\[0\]\.steps\[1\]\.check\.contains\[2\]: \{\{nme\}\} is not a column of /
    )
    const generator = await check([
      '      - name: shop',
      '        steps: [{ path: /me, check: { contains: "{{uuid}}" } }]'
    ])
    expect(generator.error).toBe(
      'p.yml:7 services.api.journeys[0].steps[0].check.contains: {{uuid}} makes a new value each time, which no answer could match: a check reads names only (a data column or a captured value)'
    )
    // a data column, an earlier step's capture: fine, and nothing said
    expect(
      await check([
        '      - name: shop',
        '        steps:',
        login,
        '          - { path: /me, check: { equals: { $.u: "{{user}}", $.t: "{{token}}", $.n: 3 } } }'
      ])
    ).toEqual({ said: [] })
  })

  it("a check reads its own step's capture (captures apply first), a request does not", async () => {
    const own = await check([
      '      - name: shop',
      '        steps:',
      '          - { path: /t, once: true, capture: { t: $.t }, check: { equals: { $.echo: "{{t}}" } } }',
      '          - { path: /a }'
    ])
    expect(own).toEqual({ said: [] })
    const inRequest = await check([
      '      - name: shop',
      '        steps:',
      '          - { path: "/t?t={{t}}", once: true, capture: { t: $.t } }',
      '          - { path: /a }'
    ])
    expect(inRequest.error).toBe(
      "p.yml:8 services.api.journeys[0].steps[0].path: {{t}} is captured from this once-step's own answer, after its request is sent: capture it in an earlier step, or give it a default (a column t of users.csv)"
    )
  })

  it('a once-step that reads what only a later step captures is refused', async () => {
    const r = await check([
      '      - name: shop',
      '        steps:',
      '          - { name: hello, path: "/hello?csrf={{csrf}}", once: true }',
      '          - { name: form, path: /form, once: true, capture: { csrf: { regex: "csrf=(\\\\w+)" } } }',
      '          - { path: /a }'
    ])
    expect(r.error).toBe(
      'p.yml:8 services.api.journeys[0].steps[0].path: {{csrf}} is captured only by shop/form, after this once-step, which never runs again: capture it in an earlier step, or give it a default (a column csrf of users.csv)'
    )
  })

  it('a value only another journey captures is refused: a user may not have walked it', async () => {
    const r = await check([
      '      - name: signin',
      '        steps: [{ name: login, path: /login, capture: { token: $.token } }]',
      '      - name: browse',
      '        steps: [{ name: list, path: /orders, headers: { Authorization: "Bearer {{token}}" } }]'
    ])
    expect(r.error).toBe(
      'p.yml:9 services.api.journeys[1].steps[0].headers.Authorization: {{token}} is captured only by signin/login, another journey, which a user may not have walked before this one: capture it in an earlier step, or give it a default (a column token of users.csv)'
    )
  })

  it('a looped step that reads what it or a later looped step captures: said once, not refused; a column is its default', async () => {
    const steps = [
      '      - name: shop',
      '        steps:',
      '          - { name: list, path: "/orders?cursor={{cursor}}", check: { contains: "{{cursor}}" } }',
      '          - { name: next, path: /n, capture: { cursor: $.next } }'
    ]
    const r = await check(steps)
    expect(r.error).toBeUndefined()
    const note = (field: string): string =>
      `⚠ p.yml:8 services.api.journeys[0].steps[0].${field}: {{cursor}} is captured by shop/next (this step or a later one), so each user sends it empty in its first iteration and filled from its second; to have it from the first, capture it in an earlier step or give it a default (a column cursor of users.csv)`
    expect(r.said).toEqual([note('path'), note('check.contains')])
    // a data column of that name fills it until the user captures its own: nothing to say
    expect(await check(steps, { 'users.csv': 'user,cursor\nalice,\nbob,\n' })).toEqual({ said: [] })
  })
})

describe('journeys: a valid config', () => {
  const text = config(
    [
      '      - name: shop',
      '        weight: 3',
      '        think: [0.5s, 2s]',
      '        on_fail: restart',
      '        steps:',
      '          - { name: login, path: /login, method: POST, once: true, capture: { token: $.token }, check: { status: 200 } }',
      '          - { path: /orders, think: 1s, on_fail: continue, check: { exists: [$.items] } }',
      '          - { name: logout, path: /logout }',
      '      - name: browse',
      '        steps: [{ path: /, thresholds: { p95_response_time: { warning: 200ms, critical: 1s } } }]'
    ],
    ['    headers: { X-Tenant: t1 }']
  )

  it('resolves to endpoints named journey/step, with their journey and step', async () => {
    const t = await resolved(text)
    expect(t.endpoints.map((e) => [e.name, e.journey, e.step, e.method, e.path])).toEqual([
      ['shop/login', 'shop', 'login', 'POST', '/login'],
      ['shop/step2', 'shop', 'step2', 'GET', '/orders'],
      ['shop/logout', 'shop', 'logout', 'GET', '/logout'],
      ['browse/step1', 'browse', 'step1', 'GET', '/']
    ])
    // the service's headers, as for endpoints
    expect(t.endpoints.every((e) => e.headers['X-Tenant'] === 't1')).toBe(true)
    expect(t.endpoints[3].thresholds).toEqual({ p95_response_time: { warning: 0.2, critical: 1 } })
  })

  it('each Journey lists its steps by endpoint, with its once count and weight; cookies are on', async () => {
    const t = await resolved(text)
    expect(t.journeys).toEqual([
      { name: 'shop', weight: 3, steps: [0, 1, 2], once: 1 },
      { name: 'browse', weight: 1, steps: [3], once: 0 }
    ])
    expect(t.cookies).toBe(true)
    const off = await resolved(text.replace('    headers:', '    cookies: false\n    headers:'))
    expect(off.cookies).toBeUndefined()
  })

  it("a step's rules: its own, else the journey's think time and on_fail", async () => {
    const [login, orders, logout, browse] = (await resolved(text)).endpoints.map((e) => e.rules)
    expect(login).toMatchObject({ once: true, onFail: 'restart', think: { minSec: 0.5, maxSec: 2 } })
    expect(login?.capture).toEqual([{ name: 'token', from: 'json', steps: ['token'] }])
    expect(login?.checks).toEqual([{ label: 'status 200', kind: 'status', statuses: [200] }])
    expect(orders).toMatchObject({ once: false, onFail: 'continue', think: { minSec: 1, maxSec: 1 } })
    expect(orders?.checks.map((c) => c.label)).toEqual(['$.items exists'])
    expect(logout).toEqual({
      capture: [],
      checks: [],
      think: { minSec: 0.5, maxSec: 2 },
      once: false,
      onFail: 'restart'
    })
    // a step of a journey with nothing to do is a plain request
    expect(browse).toBeUndefined()
  })
})
