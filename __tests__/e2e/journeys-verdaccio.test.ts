import { afterAll, beforeAll, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCliOnce } from '../helpers/cli-run-dir.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { describeNeeds } from '../helpers/system-deps.js'
import { addUsers, startVerdaccio, verdaccioDep, type Verdaccio } from '../helpers/verdaccio.js'

// User journeys against a real application installed from the npm registry, not written here:
// verdaccio, a private npm registry. Each virtual user logs in once with its own password from a
// data file, then loops requests that need its own token; verdaccio's own log says as whom each
// request was made. The built CLI runs from a folder outside the repository.

const USERS = 10

/** No user's password, and no token (verdaccio's are long base64), in any file of the run. */
async function expectNoCredentials(runDir: string): Promise<void> {
  for (const f of ['results.csv', 'metrics.json', 'summary.md', 'junit.xml', 'report.html']) {
    const text = await readFile(join(runDir, f), 'utf8')
    expect([f, text.match(/pw-\d+-secret|Bearer [A-Za-z0-9+/=]{20,}|Basic [A-Za-z0-9+/=]{12,}/)]).toEqual([
      f,
      null
    ])
  }
}

/** A fresh registry with `n` users registered, and a folder holding their users.csv (user, password, basic). */
async function registryWithUsers(prefix: string, n: number): Promise<{ registry: Verdaccio; dir: string }> {
  const registry = await startVerdaccio()
  try {
    const dir = await tempDir(prefix)
    const users = await addUsers(registry.url, n)
    await writeFile(
      join(dir, 'users.csv'),
      'user,password,basic\n' + users.map((u) => `${u.user},${u.password},${u.basic}`).join('\n') + '\n'
    )
    return { registry, dir }
  } catch (e) {
    // afterAll never gets this registry: stop it here
    await registry.stop()
    throw e
  }
}

describeNeeds(verdaccioDep)('journeys against verdaccio (a real npm registry)', () => {
  let registry: Verdaccio
  let dir: string
  beforeAll(async () => {
    ;({ registry, dir } = await registryWithUsers('perf-gate-journeys-', USERS))
  }, 60_000)
  afterAll(() => registry?.stop())

  const login = `
          - name: login
            once: true
            method: PUT
            path: /-/user/org.couchdb.user:{{user}}
            headers: { authorization: "Basic {{basic}}" }
            body: { name: "{{user}}", password: "{{password}}" }
            capture: { token: $.token }
            check: { status: 201, exists: [$.token] }`

  it('each user logs in once with its own row, and every later request carries that user’s token; think: 1s holds 10 users to ~10 req/s per step', async () => {
    const config = join(dir, 'member.yml')
    await writeFile(
      config,
      `services:
  registry:
    base_url: ${registry.url}
    data: { file: users.csv, order: per_user }
    journeys:
      - name: member
        steps:${login}
          - name: whoami
            path: /-/whoami
            headers: { authorization: "Bearer {{token}}" }
            check: { equals: { $.username: "{{user}}" } }
          - name: profile
            path: /-/npm/v1/user
            headers: { authorization: "Bearer {{token}}" }
            check: { status: 200, equals: { $.name: "{{user}}" } }
            think: 1s
`
    )
    const before = (await registry.requests()).length
    const { run, runDir, metrics } = await runCliOnce(
      ['load', 'registry', '--config', config, '--users', String(USERS), '--duration', '10'],
      { cwd: dir }
    )
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    const logged = (await registry.requests()).slice(before)

    // once per user, with that user's password: verdaccio says who logged in
    const logins = logged.filter((r) => r.method === 'PUT')
    expect(logins.map((r) => [r.path, r.user, r.status]).sort()).toEqual(
      Array.from({ length: USERS }, (_, i) => [
        `/-/user/org.couchdb.user:user${i + 1}`,
        `user${i + 1}`,
        201
      ]).sort()
    )
    const step = (name: string) => metrics.per_endpoint.find((e: { step?: string }) => e.step === name)
    for (const [name, path] of [
      ['whoami', '/-/whoami'],
      ['profile', '/-/npm/v1/user']
    ]) {
      const seen = logged.filter((r) => r.path === path)
      // everything perf-gate sent for the step reached verdaccio, each as a logged-in user …
      expect(seen.length).toBe(step(name).total_requests)
      expect(seen.filter((r) => r.user === null)).toEqual([])
      // … every user about as often as the others (its own session, not one shared token)
      const perUser = new Map<string, number>()
      for (const r of seen) perUser.set(r.user!, (perUser.get(r.user!) ?? 0) + 1)
      expect(perUser.size).toBe(USERS)
      expect(Math.max(...perUser.values()) - Math.min(...perUser.values())).toBeLessThanOrEqual(2)
      // one pause of 1 s per iteration: 10 users make about 10 requests a second of each step
      expect(step(name).requests_per_second).toBeGreaterThan(7)
      expect(step(name).requests_per_second).toBeLessThan(10.5)
    }
    // the answers said the token was the user's own (the checks compare with the user's own row)
    expect(metrics.checks).toMatchObject({ failed: 0 })
    expect(metrics.checks.by_check.map((c: { check: string }) => c.check)).toEqual(
      expect.arrayContaining(['$.username equals "{{user}}"', '$.name equals "{{user}}"', 'status 201'])
    )
    expect(metrics.journeys[0]).toMatchObject({ journey: 'member', steps: ['login', 'whoami', 'profile'] })
    expect(metrics.journeys[0].iterations).toBeGreaterThanOrEqual(80)
    await expectNoCredentials(runDir!)
  }, 90_000)

  it('a check that must fail fails in every output: a revoked token, and a body without the text', async () => {
    const config = join(dir, 'revoked.yml')
    await writeFile(
      config,
      `services:
  registry:
    base_url: ${registry.url}
    data: { file: users.csv, order: per_user }
    journeys:
      - name: revoked
        think: 0.3s
        steps:${login}
          - name: mint
            method: POST
            path: /-/npm/v1/tokens
            headers: { authorization: "Bearer {{token}}" }
            body: { password: "{{password}}" }
            capture: { second: $.token, key: $.key }
            check: { status: 200 }
          - name: revoke
            method: DELETE
            path: /-/npm/v1/tokens/token/{{key}}
            headers: { authorization: "Bearer {{token}}" }
            check: { status: 200 }
          - name: after
            path: /-/whoami
            headers: { authorization: "Bearer {{second}}" }
            check: { status: 200, contains: "{{user}}" }
          - name: text
            path: /-/whoami
            headers: { authorization: "Bearer {{token}}" }
            check: { contains: "no such text in a whoami answer" }
`
    )
    const { run, runDir, metrics } = await runCliOnce(
      ['load', 'registry', '--config', config, '--users', '3', '--duration', '3'],
      { cwd: dir }
    )
    // the revoked token's answers (403) and the missing text fail: exit 1, failed by the error rate
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Checks:')
    expect(run.stdout).toMatch(/revoked\/after: status 200 failed (\d+) of \1\n/)
    expect(run.stdout).toMatch(
      /revoked\/text: body contains "no such text in a whoami answer" failed (\d+) of \1/
    )
    expect(run.stdout).toMatch(/revoked\/after +\d+ of \d+ failed \(100\.00%\) +check failed \(HTTP 403\)/)
    const failing = metrics.checks.by_check.filter((c: { failed: number }) => c.failed > 0)
    expect(failing.map((c: { endpoint: string }) => c.endpoint).sort()).toEqual([
      'revoked/after',
      'revoked/text'
    ])
    for (const c of failing) expect(c.passed).toBe(0)
    expect(metrics.error_types.check_failed).toBe(metrics.failed_requests)
    const summary = await readFile(join(runDir!, 'summary.md'), 'utf8')
    expect(summary).toContain('❌ Checks:')
    expect(summary).toMatch(/revoked\/after: status 200 failed \d+ of \d+/)
    const junit = await readFile(join(runDir!, 'junit.xml'), 'utf8')
    expect(junit).toContain('<failure type="check_failed" message="status 200 (revoked/after)')
    const csv = await readFile(join(runDir!, 'results.csv'), 'utf8')
    expect(csv.split('\n')[0]).toBe(
      'timestamp,endpoint,method,status_code,response_time,success,error_message,response_size,journey,step'
    )
    expect(csv).toContain(',403,')
    expect(csv).toMatch(/,false,check failed: status 200 \(got 403\),\d+,revoked,after\n/)
    const html = await readFile(join(runDir!, 'report.html'), 'utf8')
    expect(html).toContain('id="answer-checks"')
    // verdaccio's view: the third request of each iteration was made with the revoked token, refused
    const refused = (await registry.requests()).filter((r) => r.path === '/-/whoami' && r.status === 403)
    expect(refused.length).toBeGreaterThan(0)
    await expectNoCredentials(runDir!)
  }, 60_000)
})

describeNeeds(verdaccioDep)('on_fail: login against verdaccio: a revoked session logs in again', () => {
  let registry: Verdaccio
  let dir: string
  beforeAll(async () => {
    ;({ registry, dir } = await registryWithUsers('perf-gate-relogin-', 3))
  }, 60_000)
  afterAll(() => registry?.stop())

  it('each user whose session token was revoked logs in again with its own row, and browses on', async () => {
    // the session is a token minted at login; the loop revokes it, so the next whoami is refused
    const config = join(dir, 'relogin.yml')
    await writeFile(
      config,
      `services:
  registry:
    base_url: ${registry.url}
    data: { file: users.csv, order: per_user }
    journeys:
      - name: member
        think: 0.1s
        steps:
          - { name: login, once: true, method: PUT, path: "/-/user/org.couchdb.user:{{user}}", headers: { authorization: "Basic {{basic}}" }, body: { name: "{{user}}", password: "{{password}}" }, capture: { token: $.token }, check: { status: 201 } }
          - { name: mint, once: true, method: POST, path: /-/npm/v1/tokens, headers: { authorization: "Bearer {{token}}" }, body: { password: "{{password}}" }, capture: { session: $.token, key: $.key }, check: { status: 200 } }
          - { name: whoami, path: /-/whoami, headers: { authorization: "Bearer {{session}}" }, check: { status: 200, equals: { $.username: "{{user}}" } }, on_fail: login }
          - { name: revoke, method: DELETE, path: "/-/npm/v1/tokens/token/{{key}}", headers: { authorization: "Bearer {{token}}" }, check: { status: 200 } }
`
    )
    const before = (await registry.requests()).length
    const { run, metrics } = await runCliOnce(
      ['load', 'registry', '--config', config, '--users', '3', '--duration', '4', '--fail-on', 'never'],
      { cwd: dir }
    )
    expect(run.code).toBe(0)
    const logged = (await registry.requests()).slice(before)
    // verdaccio's log: whoami was refused (the revoked token), and each user logged in again after it
    expect(logged.filter((r) => r.path === '/-/whoami' && r.status === 403).length).toBeGreaterThan(0)
    for (const user of ['user1', 'user2', 'user3']) {
      const logins = logged.filter(
        (r) => r.method === 'PUT' && r.path === `/-/user/org.couchdb.user:${user}` && r.status === 201
      ).length
      const answered = logged.filter(
        (r) => r.path === '/-/whoami' && r.status === 200 && r.user === user
      ).length
      expect({ user, again: logins >= 2, answeredAfterEachLogin: answered >= logins - 1 }).toEqual({
        user,
        again: true,
        answeredAfterEachLogin: true
      })
    }
    // perf-gate's view: the refused whoami restarted the user's session, and each login passed
    const member = metrics.journeys.find((j: { journey: string }) => j.journey === 'member')
    expect(member.restarted_iterations).toBeGreaterThan(0)
    expect(member.once_failures ?? 0).toBe(0)
  }, 60_000)
})

describeNeeds(verdaccioDep)('examples/journeys/README.md, its recipe run literally', () => {
  it('starts the registry with its users, runs the example to a pass and stops the registry', async () => {
    const readme = await readFile(join(ROOT, 'examples/journeys/README.md'), 'utf8')
    const recipe = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]
    if (!recipe) throw new Error('examples/journeys/README.md has no sh recipe')
    const out = await tempDir('perf-gate-journeys-example-')
    // a short run, its files outside the repository; the rest as written
    const script = recipe.replace('--duration 1m', `--duration 4s --output-dir ${out}`)
    expect(script).not.toBe(recipe)
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 })
    expect([r.status, r.stderr.split('\n').filter((l) => /error|refused/i.test(l))]).toEqual([0, []])
    expect(r.stdout).toContain('Checks passed')
    expect(r.stdout).toMatch(/^Checks: (\d+) of \1 passed/m)
    expect(r.stdout).toContain('Verdict: PASS')
    const log = await readFile(join(ROOT, 'registry.log'), 'utf8')
    expect(log).toMatch(/^registry ready at http:\/\/127\.0\.0\.1:4873 with 10 users/)
    await rm(join(ROOT, 'registry.log'), { force: true })
  }, 120_000)
})
