import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { startFakeArtifacts } from '../helpers/fake-artifacts.js'
import { unzip } from '../helpers/unzip.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { NODE24, ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'

const ACTION = join(ROOT, 'dist/index.js')
const TOKEN = 'ghs_faketoken_0123456789'
const API_KEY = 'pk-live-api-key-42'

let target: TargetServer
let gh: FakeGitHub
let work: string
let configPath: string

beforeAll(async () => {
  target = await startTargetServer()
  gh = await startFakeGitHub()
  work = await tempDir('perf-gate-action-')
  configPath = join(work, 'perf-gate.yml')
  await writeFile(
    configPath,
    [
      'services:',
      '  api:',
      `    base_url: ${target.url}`,
      '    headers: { X-API-Key: "${PERF_GATE_API_KEY}" }',
      '    endpoints: [{ path: /fast }, { path: /slow }]',
      '  broken:',
      `    base_url: ${target.url}`,
      '    endpoints: [{ path: /flaky }]',
      ''
    ].join('\n')
  )
  await writeFile(
    join(work, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'acme/shop' } },
        base: { repo: { full_name: 'acme/shop' } }
      },
      repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } }
    })
  )
})

afterAll(async () => {
  await target.close()
  await gh.close()
})

/**
 * Runs the built action the way the runner does: every input of action.yml as
 * INPUT_* (the step's `with:` over the defaults, `${{ github.token }}`
 * resolved), output and summary files, an event payload. `inputs` is the
 * step's `with:`; unless `bare`, a short run against the test config is added.
 */
async function runAction(
  inputs: Record<string, string>,
  tag: string,
  extraEnv: Record<string, string> = {},
  node?: string,
  { bare = false } = {}
) {
  const outputFile = join(work, `${tag}.output`)
  const summaryFile = join(work, `${tag}.summary.md`)
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(work, 'event.json'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'perf',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    ...runnerInputEnv(
      {
        ...(bare
          ? {}
          : { 'output-dir': join(work, `${tag}-reports`), config: configPath, users: '2', duration: '1' }),
        ...inputs
      },
      { 'github.token': TOKEN }
    )
  }
  Object.assign(env, extraEnv)
  const run = await runCli([], { script: ACTION, env, cwd: work, node, timeoutMs: 110_000 })
  const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
  return { ...run, outputs, summary: await readFile(summaryFile, 'utf8') }
}

/** A server answering every request after `ms` milliseconds. */
const delayed = (ms: number) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolveServer) => {
    const srv = createServer((_req, res) => void setTimeout(() => res.end('ok'), ms))
    srv.listen(0, '127.0.0.1', () =>
      resolveServer({
        url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => srv.close(() => r()))
      })
    )
  })

describe('the GitHub Action (dist/index.js) against a fake GitHub API', () => {
  // The defaults are a minute of load: that step starts first, on a slow server and a fake GitHub of
  // its own (10 users, a few dozen requests a second), and is awaited by the last test of this block,
  // while the others run.
  let defaultsRun: Promise<{ r: Awaited<ReturnType<typeof runAction>> } | { error: unknown }>
  let defaultsGh: FakeGitHub
  let paced: Awaited<ReturnType<typeof delayed>>
  beforeAll(async () => {
    paced = await delayed(200)
    defaultsGh = await startFakeGitHub()
    const config = join(work, 'paced.yml')
    await writeFile(
      config,
      `services:\n  paced:\n    base_url: ${paced.url}\n    endpoints: [{ path: /slower }]\n`
    )
    defaultsRun = runAction(
      { service: 'paced', config },
      'default',
      { GITHUB_API_URL: defaultsGh.url },
      undefined,
      {
        bare: true
      }
    ).then(
      (r) => ({ r }),
      (error: unknown) => ({ error })
    )
  })
  afterAll(async () => {
    await defaultsRun
    await Promise.all([paced.close(), defaultsGh.close()])
  })

  it('first run creates the sticky comment, sets outputs and the job summary', async () => {
    const r = await runAction({ service: 'api', 'api-key': API_KEY }, 'first')
    expect(r.stdout).not.toMatch(/::error::/)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    expect(r.outputs.partial).toBe('false')
    expect(r.outputs['report-dir']).toContain(join(work, 'first-reports', 'load_test_api_'))
    const metrics = JSON.parse(await readFile(r.outputs['metrics-file'], 'utf8'))
    expect(Number(r.outputs.p95)).toBe(metrics.p95_response_time)
    expect(Number(r.outputs['error-rate'])).toBe(metrics.error_rate)
    expect(Number(r.outputs.rps)).toBe(metrics.requests_per_second)
    expect(r.summary).toContain('### ✅ **PASS** · api load test')
    expect(r.summary).toContain('[full report](https://github.com/acme/shop/actions/runs/4242)')

    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body.startsWith('<!-- perf-gate:api:load -->\n### ✅ **PASS**')).toBe(true)
    expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)
    // without the artifact runtime the upload is skipped with a warning naming the folder
    expect(r.stdout).toMatch(
      /::warning::perf-gate: no artifact runtime here .*upload skipped\. Reports are in /
    )
    // the API key reached the service, is masked, and is in no output
    expect(target.seenHeaders['x-api-key']).toEqual(new Set([API_KEY]))
    expect(r.stdout).toContain(`::add-mask::${API_KEY}`)
    const everything = [
      r.stdout.replaceAll(`::add-mask::${API_KEY}`, ''),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      await readFile(r.outputs['metrics-file'], 'utf8'),
      gh.comments[0].body
    ].join('\n')
    expect(everything).not.toContain(API_KEY)
  })

  it('a stress step says what stress does, and reports its stages', async () => {
    const r = await runAction(
      {
        service: 'api',
        config: configPath,
        mode: 'stress',
        'max-users': '4',
        'ramp-up': '5s',
        'api-key': API_KEY,
        'output-dir': join(work, 'stress-reports')
      },
      'stress',
      {},
      undefined,
      { bare: true }
    )
    expect(r.stdout).not.toMatch(/::error/)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `perf-gate: stress test api at ${target.url}: users rise to 4 users in 10 steps over 5 s`
    )
    const metrics = JSON.parse(await readFile(r.outputs['metrics-file'], 'utf8'))
    expect(metrics.mode).toBe('stress')
    expect(metrics.stages.map((s: { users: number }) => s.users)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 4, 4])
    expect(r.outputs['report-dir']).toContain('stress_test_api_')
    expect(r.summary).toContain('up to 4 users in 10 steps over 5 s')
    expect(gh.comments.some((c) => c.body.startsWith('<!-- perf-gate:api:stress -->'))).toBe(true)
  }, 60_000)

  it('second run updates the same comment instead of adding one', async () => {
    const firstId = gh.comments[0].id
    const r = await runAction({ service: 'api', 'api-key': API_KEY }, 'second')
    expect(r.code).toBe(0)
    // one comment per service and mode: the load test of api still has exactly one, the first
    expect(gh.comments.filter((c) => c.body.startsWith('<!-- perf-gate:api:load -->'))).toHaveLength(1)
    expect(gh.comments[0].id).toBe(firstId)
    expect(r.stdout).toContain(`updated pull request comment ${firstId}`)
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1)
  })

  it('a failing gate fails the step with annotations, and still comments (its own sticky comment)', async () => {
    const r = await runAction({ service: 'broken' }, 'failing')
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    // workflow commands escape % as %25; the runner turns it back
    expect(r.stdout).toMatch(/::error title=perf-gate broken::Error rate \(overall\) is [\d.]+%25: critical/)
    expect(r.stdout).toMatch(
      /::error::perf-gate: broken failed the performance gate \(verdict fail, fail-on critical\)/
    )
    expect(gh.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- perf-gate:api:load -->',
      '<!-- perf-gate:api:stress -->',
      '<!-- perf-gate:broken:load -->'
    ])
  })

  it('a 403 from GitHub is a warning; the step result depends on the gate alone', async () => {
    gh.forbidden = true
    try {
      const ok = await runAction({ service: 'api', 'api-key': API_KEY }, 'forbidden')
      expect(ok.code).toBe(0)
      expect(ok.stdout).toMatch(/::warning::perf-gate: not allowed to comment on the pull request/)
      expect(ok.summary).toContain('✅ **PASS**')
      const failing = await runAction({ service: 'broken', 'fail-on': 'never' }, 'forbidden-never')
      expect(failing.code).toBe(0)
    } finally {
      gh.forbidden = false
    }
  })

  it('on a pull request from a fork it warns once and does not try to comment', async () => {
    const forkEvent = join(work, 'fork-event.json')
    await writeFile(
      forkEvent,
      JSON.stringify({
        pull_request: {
          number: 8,
          head: { repo: { full_name: 'someone/shop' } },
          base: { repo: { full_name: 'acme/shop' } }
        }
      })
    )
    const before = gh.requests.length
    const r = await runAction({ service: 'api', 'api-key': API_KEY }, 'fork', {
      GITHUB_EVENT_PATH: forkEvent
    })
    expect(r.code).toBe(0)
    expect(r.stdout.match(/::warning::perf-gate: pull request from a fork/g)).toHaveLength(1)
    expect(gh.requests.length).toBe(before)
    expect(r.summary).toContain('✅ **PASS**')
  })

  it('runs on Node 24, the runtime action.yml declares', async () => {
    const r = await runAction({ service: 'api', 'api-key': API_KEY, comment: 'false' }, 'node24', {}, NODE24)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
  })

  it('uploads the run directory as one artifact and links it from the comment', async () => {
    const art = await startFakeArtifacts()
    try {
      const r = await runAction(
        { service: 'api', 'api-key': API_KEY, 'artifact-name': 'perf-reports' },
        'artifact',
        {
          ACTIONS_RUNTIME_TOKEN: art.token,
          ACTIONS_RESULTS_URL: art.url
        }
      )
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/perf-gate: uploaded artifact perf-reports/)
      expect(art.artifacts).toHaveLength(1)
      const [a] = art.artifacts
      expect(a.name).toBe('perf-reports')
      // a zip (PK header) holding every file of the run directory
      expect(a.zip!.subarray(0, 2).toString()).toBe('PK')
      for (const f of [
        'results.csv',
        'metrics.json',
        'report.html',
        'report.css',
        'summary.md',
        'junit.xml'
      ]) {
        expect(a.zip!.includes(Buffer.from(f))).toBe(true)
      }
      expect(Number(a.size)).toBe(a.zip!.length)
      expect(r.summary).toContain(
        '[full report](https://github.com/acme/shop/actions/runs/4242/artifacts/4101)'
      )
      expect(gh.comments.find((c) => c.body.startsWith('<!-- perf-gate:api:load -->'))!.body).toContain(
        '/artifacts/4101'
      )
    } finally {
      await art.close()
    }
  })

  it('a matrix of shard jobs, then a merge job on their downloaded artifacts: one gate on the whole', async () => {
    const art = await startFakeArtifacts()
    try {
      const artifactEnv = { ACTIONS_RUNTIME_TOKEN: art.token, ACTIONS_RESULTS_URL: art.url }
      const startAt = new Date(Date.now() + 1500).toISOString()
      const shard = (i: number) =>
        runAction(
          {
            service: 'api',
            'api-key': API_KEY,
            comment: 'false',
            users: '4',
            shard: `${i}/2`,
            'start-at': startAt
          },
          `shard-${i}`,
          artifactEnv
        )
      // matrix jobs run at once, on their own machines
      const jobs = await Promise.all([shard(1), shard(2)])
      for (const j of jobs) expect(j.code).toBe(0)
      // matrix jobs share one job id: the shard keeps their artifact names apart
      expect(art.artifacts.map((a) => a.name).sort()).toEqual([
        expect.stringMatching(/^perf-gate-shard-1-of-2-load_test_api_\d{8}_\d{6}-perf-1$/),
        expect.stringMatching(/^perf-gate-shard-2-of-2-load_test_api_\d{8}_\d{6}-perf-1$/)
      ])
      // actions/download-artifact with a pattern: one folder per artifact
      const downloaded = join(work, 'downloaded')
      for (const a of art.artifacts) {
        for (const [name, data] of unzip(a.zip!)) {
          await mkdir(join(downloaded, a.name), { recursive: true })
          await writeFile(join(downloaded, a.name, name), data)
        }
      }
      const merged = await runAction(
        { service: 'api', mode: 'merge', runs: downloaded, 'output-dir': join(work, 'merged-reports') },
        'merge',
        {},
        undefined,
        { bare: true }
      )
      expect(merged.stderr).toBe('')
      expect(merged.code).toBe(0)
      expect(merged.stdout).toContain('perf-gate: merged 2 of 2 shards of load test api')
      const doc = JSON.parse(await readFile(merged.outputs['metrics-file'], 'utf8'))
      const shards = await Promise.all(
        jobs.map(async (j) => JSON.parse(await readFile(j.outputs['metrics-file'], 'utf8')))
      )
      expect(doc.total_requests).toBe(shards[0].total_requests + shards[1].total_requests)
      expect(doc.config).toMatchObject({ users: 4, shard: 'merged 2/2' })
      expect(merged.outputs.verdict).toBe('pass')
      expect(merged.summary).toContain('api')
      expect(gh.comments.some((c) => c.body.startsWith('<!-- perf-gate:api:merge -->'))).toBe(true)
    } finally {
      await art.close()
    }
  })

  it('mode ab: base-url against baseline-url in one step; a regression fails it, both sides are in the artifact', async () => {
    const [base, pr] = await Promise.all([delayed(20), delayed(26)])
    const art = await startFakeArtifacts()
    try {
      const r = await runAction(
        {
          service: 'api',
          mode: 'ab',
          'baseline-url': base.url,
          'base-url': pr.url,
          users: '4',
          duration: '10',
          slice: '1',
          'api-key': API_KEY
        },
        'ab',
        { ACTIONS_RUNTIME_TOKEN: art.token, ACTIONS_RESULTS_URL: art.url }
      )
      expect(r.code).toBe(1)
      expect(r.outputs.comparison).toBe('regression')
      expect(r.stdout).toMatch(
        /::error::perf-gate: api failed the performance gate \(verdict fail, .*regression/
      )
      expect(r.stdout).toMatch(/slice 10\/10 [AB]: /)
      // an A/B run is named one, and says that B's thresholds do not gate it by default
      expect(r.stdout).toContain("B's thresholds, for information: an A/B run is judged by the comparison")
      expect(r.summary).toMatch(
        /^### 📉 \*\*REGRESSION\*\* \(B against A; exit verdict FAIL\) · api A\/B test$/m
      )
      expect(r.summary).toContain('pairs of A/B slices')
      expect(gh.comments.some((c) => c.body.startsWith('<!-- perf-gate:api:ab -->'))).toBe(true)
      const zip = art.artifacts[0].zip!
      for (const f of [
        'metrics.json',
        'baseline/metrics.json',
        'baseline/results.csv',
        'baseline/report.html'
      ])
        expect([f, zip.includes(Buffer.from(f))]).toEqual([f, true])
      // the key is a secret on both sides: masked, and in no report
      expect(r.stdout.replaceAll(`::add-mask::${API_KEY}`, '') + r.summary).not.toContain(API_KEY)
    } finally {
      await art.close()
      await Promise.all([base.close(), pr.close()])
    }
  })

  it("the cache recipe of docs/baselines.md: main's runs join a history, the pull request is judged against it", async () => {
    const page = await readFile(join(ROOT, 'docs/baselines.md'), 'utf8')
    const recipe = page.slice(page.indexOf("### Keeping the main branch's runs as the baseline"))
    // the recipe's run: step, as the runner hands it to bash
    const step = /- run: \|\n((?: {4}.*\n)+)/.exec(recipe)?.[1].replace(/^ {4}/gm, '')
    if (!step) throw new Error("docs/baselines.md's cache recipe has no run: step")
    const [main, pr] = await Promise.all([delayed(20), delayed(26)])
    try {
      const common = { service: 'api', 'api-key': API_KEY, users: '4', duration: '5', comment: 'false' }
      for (let i = 0; i < 3; i++) {
        // restored from the second run on: the expression names the folder
        const onMain = await runAction(
          { ...common, 'base-url': main.url, baseline: i === 0 ? '' : 'perf-history' },
          `history-main-${i}`
        )
        expect([onMain.code, onMain.stdout.split('\n').filter((l) => l.startsWith('::error'))]).toEqual([
          0,
          []
        ])
        const sh = step.replaceAll('${{ steps.perf.outputs.report-dir }}', onMain.outputs['report-dir'])
        const added = spawnSync('bash', ['-e', '-c', sh], { cwd: work })
        expect([added.status, String(added.stderr)]).toEqual([0, ''])
      }
      const onPr = await runAction({ ...common, 'base-url': pr.url, baseline: 'perf-history' }, 'history-pr')
      expect(onPr.outputs.comparison).toBe('regression')
      expect(onPr.code).toBe(1)
      expect(onPr.summary).toContain('spread of 3 earlier runs')
      const metrics = JSON.parse(await readFile(onPr.outputs['metrics-file'], 'utf8'))
      expect(metrics.baseline.comparison).toMatchObject({ method: 'run_history', history: { runs: 3 } })
      // a cache miss: the expression gives '' and the run has no comparison
      const first = await runAction(
        { ...common, duration: '1', 'base-url': pr.url, baseline: '' },
        'cache-miss'
      )
      expect(first.code).toBe(0)
      expect(first.outputs.comparison).toBe('')
    } finally {
      await Promise.all([main.close(), pr.close()])
    }
  })

  it('comment: false makes no call to GitHub', async () => {
    const before = gh.requests.length
    const r = await runAction({ service: 'api', 'api-key': API_KEY, comment: 'false' }, 'nocomment')
    expect(r.code).toBe(0)
    expect(gh.requests.length).toBe(before)
  })

  it('mode: soak runs a soak kept as histograms, every other input at its action.yml default', async () => {
    const r = await runAction(
      { service: 'api', 'api-key': API_KEY, comment: 'false', mode: 'soak', duration: '3' },
      'soak'
    )
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('soak test api')])
    const doc = JSON.parse(await readFile(r.outputs['metrics-file'], 'utf8'))
    expect(doc).toMatchObject({
      mode: 'soak',
      config: { record: 'histograms' },
      recording: { mode: 'histograms' }
    })
    expect(doc.drift.not_judged).toMatch(/too few whole seconds/)
    expect(r.summary).toContain('Drift not judged')
  })

  it('outside a runner (no repository, no event) it runs, skips the comment and passes', async () => {
    const before = gh.requests.length
    const r = await runAction({ service: 'api', 'api-key': API_KEY }, 'local', {
      GITHUB_REPOSITORY: '',
      GITHUB_EVENT_PATH: join(work, 'no-such-event.json'),
      GITHUB_EVENT_NAME: ''
    })
    expect(r.stdout).not.toMatch(/::error::/)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    expect(gh.requests.length).toBe(before)
  })

  it('invalid inputs fail the step with one error line naming the input', async () => {
    for (const [inputs, message] of [
      [
        { service: 'api', users: 'many' },
        '::error::users: must be a whole number from 1 to 10000 (got "many")'
      ],
      [
        { service: 'api', mode: 'spike' },
        '::error::mode: must be load, stress, soak, ab or merge (got "spike")'
      ],
      [{ service: 'api', comment: 'sometimes' }, '::error::comment: must be true or false (got "sometimes")'],
      [{ service: '' }, '::error::service: is required'],
      [{ service: 'api', config: 'no-such.yml' }, '::error::config: file no-such.yml does not exist']
    ] as const) {
      const r = await runAction(inputs, 'bad')
      expect(r.code).toBe(1)
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0].startsWith(message)).toBe(true)
    }
  })

  it('an unreachable service fails with the seed message', async () => {
    const port = await closedPort()
    const r = await runAction(
      { service: 'ui_app', 'base-url': `http://127.0.0.1:${port}`, config: '' },
      'down'
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::❌ Service ui_app is not reachable at http://127.0.0.1:${port}`)
  })
  it('service may be a URL: one GET endpoint, the default thresholds, said in the log', async () => {
    const url = `${target.url}/fast?via=action`
    const r = await runAction({ service: url, config: '', comment: 'false' }, 'url-service')
    expect(r.stdout).not.toMatch(/::error/)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `perf-gate: GET ${url} (a URL: one GET endpoint, default thresholds; perf-gate init writes a config)`
    )
    const metrics = JSON.parse(await readFile(r.outputs['metrics-file'], 'utf8'))
    expect(metrics.service).toBe(`127.0.0.1_${target.port}_fast`)
    expect(metrics.per_endpoint.map((e: { endpoint: string }) => e.endpoint)).toEqual([
      'GET /fast?via=action'
    ])
  })

  it('masks the values of secrets (${VAR}, api-key, captured by setup), never the text of a template', async () => {
    const captured = 'tok-captured-5b8e1d'
    const envToken = 'env-secret-value-91c2'
    const seen: string[] = []
    const srv = createServer((req, res) => {
      if (req.url === '/login') {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ access_token: captured }))
        return
      }
      seen.push(String(req.headers.authorization))
      res.end('ok')
    })
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    const origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`
    const config = join(work, 'masked.yml')
    await writeFile(
      config,
      [
        'services:',
        '  login:',
        `    base_url: ${origin}`,
        '    headers: { Authorization: "Bearer {{token}}", X-Env-Token: "${ENV_TOKEN}" }',
        '    setup: [{ method: POST, path: /login, capture: { token: $.access_token } }]',
        '    endpoints: [{ path: /items }]',
        ''
      ].join('\n')
    )
    try {
      const r = await runAction(
        { service: 'login', config, 'api-key': API_KEY, comment: 'false' },
        'masking',
        { ENV_TOKEN: envToken }
      )
      expect(r.stdout).not.toMatch(/::error/)
      expect(r.code).toBe(0)
      // the load carried the captured value: it is a real secret of this run
      expect(seen.length).toBeGreaterThan(0)
      expect(new Set(seen)).toEqual(new Set([`Bearer ${captured}`]))
      const masks = r.stdout
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
        .map((l) => l.slice('::add-mask::'.length))
      expect(masks).toEqual(expect.arrayContaining([API_KEY, envToken, captured]))
      expect(masks.filter((m) => m.includes('{{'))).toEqual([])
      expect(masks).not.toContain('Bearer {{token}}')
    } finally {
      srv.closeAllConnections()
      await new Promise<void>((r) => srv.close(() => r()))
    }
  })

  it('a step that sets only service and config runs with the defaults of action.yml: 10 users for 60 s', async () => {
    const done = await defaultsRun
    if ('error' in done) throw done.error
    const { r } = done
    expect(r.stdout).not.toMatch(/::error/)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`perf-gate: load test paced at ${paced.url}: 10 users for 60 s`)
    const metrics = JSON.parse(await readFile(r.outputs['metrics-file'], 'utf8'))
    expect(metrics.config).toMatchObject({ users: 10, duration: 60, timeout: 10, fail_on: 'critical' })
    expect(metrics.total_duration).toBeGreaterThanOrEqual(60)
    // output-dir's default is relative to the workspace the runner starts the action in
    expect(r.outputs['report-dir'].startsWith(join(work, 'reports/performance', 'load_test_paced_'))).toBe(
      true
    )
    expect(r.outputs.verdict).toBe('pass')
    expect(r.summary).toContain('### ✅ **PASS** · paced load test')
    expect(r.summary).toContain('10 users · 60 s')
    const comment = defaultsGh.comments.find((c) => c.body.startsWith('<!-- perf-gate:paced:load -->'))
    expect(comment?.body).toContain('10 users · 60 s')
  }, 120_000)
})
