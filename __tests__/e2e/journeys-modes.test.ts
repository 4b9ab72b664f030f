import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCliOnce } from '../helpers/cli-run-dir.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { describeNeeds } from '../helpers/system-deps.js'
import {
  addUsers,
  startVerdaccio,
  verdaccioDep,
  type LoggedRequest,
  type Verdaccio
} from '../helpers/verdaccio.js'

// Journeys in every way into a run, against verdaccio (a real npm registry from the registry):
// the worked example as it sits in a user's repository, then --workers, --rps, stress and a
// warm-up. Verdaccio's own log counts the logins and says as whom each request was made.

const USERS = 10

describeNeeds(verdaccioDep)('journeys in every mode, against verdaccio', () => {
  let registry: Verdaccio
  let dir: string
  beforeAll(async () => {
    registry = await startVerdaccio()
    await addUsers(registry.url, USERS)
    dir = await tempDir('perf-gate-journey-modes-')
    // the example's own users.csv holds the same ten users (user1/pw-1-secret …)
    await writeFile(
      join(dir, 'modes.yml'),
      `services:
  registry:
    base_url: ${registry.url}
    data: { file: ${join(ROOT, 'examples/journeys/users.csv')}, order: per_user }
    journeys:
      - name: member
        steps:
          - name: login
            once: true
            method: PUT
            path: /-/user/org.couchdb.user:{{user}}
            headers: { authorization: "Basic {{basic}}" }
            body: { name: "{{user}}", password: "{{password}}" }
            capture: { token: $.token }
            check: { status: 201 }
          - name: whoami
            path: /-/whoami
            headers: { authorization: "Bearer {{token}}" }
            check: { equals: { $.username: "{{user}}" } }
`
    )
  }, 60_000)
  afterAll(() => registry?.stop())

  /** What verdaccio received during `run`: its log's new lines. */
  async function received(run: () => Promise<unknown>): Promise<LoggedRequest[]> {
    const before = (await registry.requests()).length
    await run()
    return (await registry.requests()).slice(before)
  }

  const logins = (logged: LoggedRequest[]): string[] =>
    logged
      .filter((r) => r.method === 'PUT' && r.status === 201)
      .map((r) => r.user!)
      .sort()
  const users = (n: number): string[] => Array.from({ length: n }, (_, i) => `user${i + 1}`).sort()

  /** Every whoami verdaccio saw was made as a logged-in user, and perf-gate counted each one. */
  function expectOwnSessions(logged: LoggedRequest[], metrics: any, userCount: number): void {
    const whoami = logged.filter((r) => r.path === '/-/whoami')
    const step = metrics.per_endpoint.find((e: { step?: string }) => e.step === 'whoami')
    expect(whoami.length).toBe(step.total_requests)
    expect(whoami.filter((r) => r.user === null)).toEqual([])
    expect(new Set(whoami.map((r) => r.user)).size).toBe(userCount)
    expect(metrics.checks.failed).toBe(0)
  }

  it('examples/journeys runs as its header says, from a user’s repository', async () => {
    const repo = await tempDir('perf-gate-user-repo-')
    await mkdir(join(repo, 'examples'))
    await cp(join(ROOT, 'examples/journeys'), join(repo, 'examples/journeys'), { recursive: true })
    const yml = await readFile(join(repo, 'examples/journeys/perf-gate.yml'), 'utf8')
    const line = yml.match(/^#\s+node dist\/cli\.js (.+)$/m)![1]
    expect(line).toBe('load registry --config examples/journeys/perf-gate.yml --users 10 --duration 1m')
    // the header's command as written, pointed at this verdaccio and shortened
    const args = [...line.replace('--duration 1m', '--duration 6').split(' '), '--base-url', registry.url]
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    const logged = await received(async () => (out = await runCliOnce(args, { cwd: repo })))
    const { run, metrics } = out!
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    expect(run.stdout).toContain('Verdict: PASS')
    expect(logins(logged)).toEqual(users(USERS))
    const profile = logged.filter((r) => r.path === '/-/npm/v1/user')
    expect(new Set(profile.map((r) => r.user)).size).toBe(USERS)
    expect(profile.filter((r) => r.user === null)).toEqual([])
    expect(metrics.checks.failed).toBe(0)
    expect(metrics.journeys[0]).toMatchObject({ journey: 'member', step_think: [0, 0, 1.25] })
    expect(run.stdout).toMatch(/member/)
  }, 60_000)

  it('--workers 2: the users split over two threads, each still logs in once with its own row', async () => {
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    const args = ['load', 'registry', '--config', join(dir, 'modes.yml'), '--users', '4', '--duration', '4']
    const logged = await received(
      async () => (out = await runCliOnce([...args, '--workers', '2'], { cwd: dir }))
    )
    const { run, metrics, runDir } = out!
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    const doc = JSON.parse(await readFile(join(runDir!, 'metrics.json'), 'utf8'))
    expect(doc.config.workers).toBe(2)
    // two users a thread, four distinct rows: user1…user4, once each
    expect(logins(logged)).toEqual(users(4))
    expectOwnSessions(logged, metrics, 4)
    expect(metrics.journeys[0].iterations).toBeGreaterThan(20)

    // the same test again, against that run: the looped step is compared on its own per-second series
    expect(metrics.per_endpoint.find((e: { step: string }) => e.step === 'whoami').timeseries.length).toBe(4)
    const again = await runCliOnce([...args, '--baseline', runDir!], { cwd: dir })
    const cmp = again.metrics.baseline.comparison
    expect(cmp.metrics.filter((m: { endpoint?: string }) => m.endpoint === 'member/whoami')).toHaveLength(4)
    expect(cmp.metrics.filter((m: { endpoint?: string }) => m.endpoint === 'member/login')).toHaveLength(0)
  }, 60_000)

  it('--rps starts journeys: iterations per second near the rate, said as journeys/s', async () => {
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    const logged = await received(
      async () =>
        (out = await runCliOnce(
          [
            'load',
            'registry',
            '--config',
            join(dir, 'modes.yml'),
            '--rps',
            '20',
            '--users',
            '5',
            '--max-users',
            '10',
            '--duration',
            '5'
          ],
          { cwd: dir }
        ))
    )
    const { run, metrics } = out!
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    expect(run.stdout).toMatch(/journeys\/s/)
    expect(metrics.rate.paces).toBe('journeys')
    expect(metrics.journeys[0].iterations_per_second).toBeGreaterThan(16)
    expect(metrics.journeys[0].iterations_per_second).toBeLessThan(22)
    // each user that ran logged in once, as itself
    const seen = logins(logged)
    expect(new Set(seen).size).toBe(seen.length)
    expectOwnSessions(logged, metrics, seen.length)
  }, 60_000)

  it('stress: the users each stage adds log in once; stage figures count the journeys’ steps', async () => {
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    const logged = await received(
      async () =>
        (out = await runCliOnce(
          [
            'stress',
            'registry',
            '--config',
            join(dir, 'modes.yml'),
            '--max-users',
            '6',
            '--steps',
            '3',
            '--ramp-up',
            '6'
          ],
          { cwd: dir }
        ))
    )
    const { run, metrics } = out!
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    expect(metrics.stages.map((s: { users: number }) => s.users)).toEqual([2, 4, 6])
    // users carry over from stage to stage: six logins in all, not 2 + 4 + 6
    expect(logins(logged)).toEqual(users(6))
    expectOwnSessions(logged, metrics, 6)
  }, 60_000)

  it('a warm-up’s users walk first and are left out; the measured run’s users log in anew, on the next rows', async () => {
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    const logged = await received(
      async () =>
        (out = await runCliOnce(
          [
            'load',
            'registry',
            '--config',
            join(dir, 'modes.yml'),
            '--users',
            '3',
            '--duration',
            '3',
            '--warmup',
            '2s'
          ],
          { cwd: dir }
        ))
    )
    const { run, metrics } = out!
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    expect(metrics.warmup).toBeDefined()
    // the warm-up took rows 1–3 (its users' logins), the run goes on from row 4, as `unique` rows do
    expect(logins(logged)).toEqual(users(6))
    expect(metrics.per_endpoint.find((e: { step?: string }) => e.step === 'login').total_requests).toBe(3)
    // the warm-up's requests reached verdaccio too, but no figure counts them
    const whoami = logged.filter((r) => r.path === '/-/whoami')
    const step = metrics.per_endpoint.find((e: { step?: string }) => e.step === 'whoami')
    expect(whoami.length).toBeGreaterThan(step.total_requests)
    expect(whoami.filter((r) => r.user === null)).toEqual([])
    expect(metrics.checks.failed).toBe(0)
  }, 60_000)

  it('ab: each side’s users log in once and keep their sessions from slice to slice; steps get verdicts', async () => {
    let out: Awaited<ReturnType<typeof runCliOnce>> | undefined
    // An A/A on a runner shared with the other test worker: a false alarm is a matter of chance
    // (the calibration counts those), not of this test; the verdicts are kept, not gated on.
    const args = [
      'ab',
      'registry',
      '--config',
      join(dir, 'modes.yml'),
      '--users',
      '3',
      '--duration',
      '10',
      '--fail-on-regression',
      'never'
    ]
    const logged = await received(
      async () =>
        (out = await runCliOnce(
          [...args, '--a-url', registry.url, '--b-url', registry.url.replace('127.0.0.1', 'localhost')],
          { cwd: dir }
        ))
    )
    const { run, metrics } = out!
    // on a failure, what the CLI said is in the diff
    expect({ code: run.code, said: run.code === 0 ? '' : run.stdout + run.stderr }).toEqual({
      code: 0,
      said: ''
    })
    // ten slices, but three logins a side: the same users go on from slice to slice
    expect(logins(logged)).toEqual([...users(3), ...users(3)].sort())
    const whoami = logged.filter((r) => r.path === '/-/whoami')
    expect(whoami.filter((r) => r.user === null)).toEqual([])
    // the looped step has verdicts of its own (A and B are the same registry)
    const cmp = metrics.baseline.comparison
    const rows = cmp.metrics.filter((m: { endpoint?: string }) => m.endpoint === 'member/whoami')
    expect(rows.map((m: { metric: string }) => m.metric).sort()).toEqual(
      ['error_rate', 'median_response_time', 'p95_response_time', 'requests_per_second'].sort()
    )
    for (const row of rows)
      expect(['regression', 'improvement', 'no_change', 'inconclusive']).toContain(row.verdict)
    // the login runs once a side: no pairs, no verdict
    expect(cmp.metrics.some((m: { endpoint?: string }) => m.endpoint === 'member/login')).toBe(false)
    expect(run.stdout).toMatch(/95th percentile \(member\/whoami\)/)
    // each side's journeys table and checks, as a load run shows its own
    expect(run.stdout).toMatch(/^Journey on A +Iterations .*\nmember +\d+/m)
    expect(run.stdout).toMatch(/^Journey on B +Iterations .*\nmember +\d+/m)
    expect(run.stdout).toMatch(/^Checks on B: [\d,]+ of [\d,]+ passed/m)
  }, 60_000)
})
