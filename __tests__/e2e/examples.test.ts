import { afterAll, describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { execFile, spawn } from 'node:child_process'
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { runWorkflowJob, stopJobProcesses, type JobRun } from '../helpers/workflow-runner.js'
import { startFakeArtifacts } from '../helpers/fake-artifacts.js'
import { unzip } from '../helpers/unzip.js'

const run = promisify(execFile)
const SCHEMAS = join(ROOT, '__tests__/fixtures/schemastore')

async function schemaValidator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true })
  return ajv.compile(JSON.parse(await readFile(join(SCHEMAS, `${name}.json`), 'utf8')))
}

async function workflowFiles(): Promise<string[]> {
  const own = (await readdir(join(ROOT, '.github/workflows'))).map((f) => join(ROOT, '.github/workflows', f))
  return [
    join(ROOT, 'examples/pr-performance-gate.yml'),
    join(ROOT, 'examples/pr-ab.yml'),
    join(ROOT, 'examples/distributed-matrix.yml'),
    ...own
  ]
}

describe("SchemaStore's schemas accept every workflow and action.yml", () => {
  it('action.yml is a valid action (github-action.json, which knows node24)', async () => {
    const validate = await schemaValidator('github-action')
    const doc = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'))
    expect(validate(doc) ? [] : validate.errors).toEqual([])
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('each example and own workflow is a valid workflow (github-workflow.json)', async () => {
    const validate = await schemaValidator('github-workflow')
    const files = await workflowFiles()
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      const doc = parse(await readFile(file, 'utf8'))
      expect([file, validate(doc) ? [] : validate.errors]).toEqual([file, []])
    }
  })

  it('the schema check can fail: a misspelt key is caught', async () => {
    const validate = await schemaValidator('github-workflow')
    const doc = parse(await readFile(join(ROOT, 'examples/pr-performance-gate.yml'), 'utf8'))
    doc.jobs.perf['runs-onn'] = doc.jobs.perf['runs-on']
    expect(validate(doc)).toBe(false)
  })

  it('the example uses the action by its published reference, the repository demo by ./', async () => {
    const example = await readFile(join(ROOT, 'examples/pr-performance-gate.yml'), 'utf8')
    expect(example).toMatch(/^\s+uses: OWNER\/perf-gate@v1$/m)
    expect(example).toMatch(/pin a full commit SHA/)
    expect(await readFile(join(ROOT, '.github/workflows/demo.yml'), 'utf8')).toMatch(/^\s+uses: \.\/$/m)
  })
})

/** The shell script of the Jenkinsfile's test stage and of the GitLab job, as each CI would hand it to sh. */
async function ciScripts(): Promise<Record<string, string>> {
  const jenkins = await readFile(join(ROOT, 'examples/Jenkinsfile'), 'utf8')
  const jenkinsScript = /sh\(returnStatus: true, script: '''([\s\S]*?)'''\)/.exec(jenkins)
  const gitlab = parse(await readFile(join(ROOT, 'examples/gitlab-ci.yml'), 'utf8'))
  const gitlabScript = (gitlab.performance.script as string[]).find((l) => l.includes('$PERF_GATE'))
  if (!jenkinsScript || !gitlabScript) throw new Error('the perf-gate command is missing from an example')
  // Groovy keeps a backslash-newline inside ''' as it is; sh joins the lines
  return { jenkins: jenkinsScript[1], gitlab: gitlabScript }
}

describe('Jenkins and GitLab examples pass parameters safely', () => {
  it('a hostile build parameter reaches perf-gate as one argument and runs nothing', async () => {
    const dir = await tempDir('perf-gate-ci-quoting-')
    // stands in for dist/cli.js: records the arguments it was given
    const fake = join(dir, 'fake-cli.mjs')
    await writeFile(
      fake,
      "import { writeFileSync } from 'node:fs'\nwriteFileSync('args.json', JSON.stringify(process.argv.slice(2)))\n"
    )
    const hostile = {
      SERVICE: 'api; touch pwned-1',
      USERS: '$(touch pwned-2)',
      DURATION: '`touch pwned-3` 5m'
    }
    for (const [ci, script] of Object.entries(await ciScripts())) {
      await run('sh', ['-c', script], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', PERF_GATE: fake, ...hostile }
      })
      const args = JSON.parse(await readFile(join(dir, 'args.json'), 'utf8'))
      expect([ci, args.slice(0, 8)]).toEqual([
        ci,
        [
          'load',
          hostile.SERVICE,
          '--users',
          hostile.USERS,
          '--duration',
          hostile.DURATION,
          '--output-dir',
          'reports/performance'
        ]
      ])
      expect((await readdir(dir)).filter((f) => f.startsWith('pwned'))).toEqual([])
    }
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** A user's Node service in `dir`: package.json with `npm start`, an empty lock file, server.js. */
async function writeUserService(dir: string, server: string): Promise<void> {
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'shop', private: true, type: 'module', scripts: { start: 'node server.js' } })
  )
  await writeFile(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'shop', lockfileVersion: 3, requires: true, packages: { '': { name: 'shop' } } })
  )
  await writeFile(join(dir, 'server.js'), server)
}

const USER_SERVICE = `// the user's service: answers only with the right API key
import { createServer } from 'node:http'
const key = process.env.EXPECTED_KEY
createServer((req, res) => {
  if (req.headers['x-api-key'] !== key) { res.statusCode = 401; return res.end('no key') }
  if (req.url === '/health') return res.end('ok')
  if (req.url === '/api/items') { req.resume(); return setTimeout(() => res.end('[{"id":1}]'), Number(process.env.ITEMS_MS ?? 5)) }
  res.statusCode = 404; res.end()
}).listen(Number(process.env.PORT), () => console.log('listening on', process.env.PORT))
`

describe('examples/pr-performance-gate.yml in a user repository, across commits', () => {
  let job: JobRun | undefined
  afterAll(() => {
    if (job) stopJobProcesses(job)
  })
  const key = 'user-secret-key-31337'
  let repo = ''
  let wf = ''
  let cacheDir = ''

  /** One run of the job as the runner makes it: a push to main or a pull request, at the repository's HEAD. */
  async function runJob(o: { ref: string; runId: number; itemsMs: number }): Promise<JobRun> {
    if (job) stopJobProcesses(job)
    const port = await freePort()
    const sha = (await run('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim()
    const event = join(repo, '.event.json')
    await writeFile(event, JSON.stringify({}))
    job = await runWorkflowJob(wf, 'perf', {
      workspace: repo,
      secrets: { PERF_API_KEY: key },
      envOverrides: { SERVICE_URL: `http://localhost:${port}` },
      cacheDir,
      context: { 'github.ref': o.ref, 'github.run_id': String(o.runId) },
      baseEnv: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PORT: String(port),
        EXPECTED_KEY: key,
        ITEMS_MS: String(o.itemsMs),
        GITHUB_EVENT_NAME: o.ref.startsWith('refs/pull/') ? 'pull_request' : 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: sha,
        GITHUB_REF_NAME: o.ref.replace(/^refs\/heads\//, ''),
        npm_config_loglevel: 'error'
      }
    })
    return job
  }
  const commit = (message: string) =>
    run(
      'git',
      ['-c', 'user.name=u', '-c', 'user.email=u@example.com', 'commit', '-q', '--allow-empty', '-m', message],
      {
        cwd: repo
      }
    )

  it('a first push to main: starts the service, waits for it with the API key, gates it, and starts the history', async () => {
    repo = await tempDir('perf-gate-user-repo-')
    cacheDir = await tempDir('perf-gate-actions-cache-')
    await writeUserService(repo, USER_SERVICE)
    // as its comment says: the workflow goes to .github/workflows, the config to perf-gate.yml
    await mkdir(join(repo, '.github/workflows'), { recursive: true })
    await copyFile(
      join(ROOT, 'examples/pr-performance-gate.yml'),
      join(repo, '.github/workflows/performance.yml')
    )
    await copyFile(join(ROOT, 'examples/perf-gate.yml'), join(repo, 'perf-gate.yml'))
    // the one edit a user makes: the port; and a short run, so the test stays short
    wf = join(repo, '.github/workflows/performance.yml')
    await writeFile(wf, (await readFile(wf, 'utf8')).replace('duration: 1m', 'duration: 3s'))
    await run('git', ['init', '-q', '-b', 'main'], { cwd: repo })
    await run('git', ['add', '.'], { cwd: repo })
    await commit('first')
    const first = await runJob({ ref: 'refs/heads/main', runId: 101, itemsMs: 5 })
    const byName = Object.fromEntries(first.steps.map((s) => [s.name, s]))
    for (const s of first.steps)
      expect([s.name, s.code, s.code === 0 ? '' : s.stdout + s.stderr]).toEqual([s.name, 0, ''])
    const gate = byName['Performance gate']
    expect(gate.stdout).toContain(`perf-gate: load test my_service at http://localhost:`)
    expect(gate.outputs.verdict).toBe('pass')
    const metrics = JSON.parse(await readFile(gate.outputs['metrics-file'], 'utf8'))
    // the key reached the service (401 otherwise) and is in no output
    expect(metrics.status_codes).toEqual({ '200': metrics.total_requests })
    expect(metrics.per_endpoint.map((e: { endpoint: string }) => e.endpoint).sort()).toEqual([
      'GET /api/items',
      'GET /health',
      'POST /api/items'
    ])
    expect(gate.stdout.replaceAll(`::add-mask::${key}`, '') + first.summary).not.toContain(key)
    expect(byName['Use the outputs'].stdout).toMatch(/^verdict=pass p95=[\d.]+s errors=0%$/m)
    expect(first.summary).toContain('### ✅ **PASS** · my\\_service load test')
    // no history yet: no baseline; this run is the history's first, saved in the cache
    expect(byName['Restore the performance history'].outputs['cache-matched-key']).toBe('')
    expect(metrics.baseline).toBeUndefined()
    expect(await readdir(cacheDir)).toEqual(['perf-history-101'])
  }, 120_000)

  it('two more pushes to main grow the history; a pull request 10× slower on /api/items fails against its spread', async () => {
    for (const runId of [102, 103]) {
      await commit(`main ${runId}`)
      const main = await runJob({ ref: 'refs/heads/main', runId, itemsMs: 5 })
      expect(main.steps.map((s) => [s.name, s.code])).toContainEqual(['Save the performance history', 0])
    }
    await commit('the pull request: a slower query')
    const prSha = (await run('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim()
    const pr = await runJob({ ref: 'refs/pull/7/merge', runId: 201, itemsMs: 50 })
    const byName = Object.fromEntries(pr.steps.map((s) => [s.name, s]))
    expect(byName['Restore the performance history'].outputs['cache-matched-key']).toBe('perf-history-103')
    const gate = byName['Performance gate']
    expect([gate.code, gate.outputs.comparison]).toEqual([1, 'regression'])
    const metrics = JSON.parse(await readFile(gate.outputs['metrics-file'], 'utf8'))
    expect(metrics.baseline.comparison).toMatchObject({ method: 'run_history', history: { runs: 3 } })
    expect(metrics.provenance.commit).toBe(prSha)
    // the PR comment names the runs that formed the baseline; a pull request adds nothing to the history
    expect(pr.summary).toContain('spread of 3 earlier runs')
    expect(pr.steps.map((s) => s.name)).not.toContain('Save the performance history')
    expect((await readdir(cacheDir)).sort()).toEqual([
      'perf-history-101',
      'perf-history-102',
      'perf-history-103'
    ])
  }, 180_000)
})

describe('examples/pr-ab.yml in a user repository', () => {
  let job: JobRun | undefined
  afterAll(() => {
    if (job) stopJobProcesses(job)
  })

  it('starts the base branch and the pull request side by side and gates the PR on the A/B comparison', async () => {
    const workspace = await tempDir('perf-gate-user-ab-')
    const key = 'user-secret-key-4711'
    // what the two checkouts leave: the base branch answers /api/items in 5 ms, the PR in 8 ms
    for (const [side, ms] of [
      ['base', 5],
      ['pr', 8]
    ] as const) {
      const dir = join(workspace, side)
      await mkdir(dir, { recursive: true })
      await writeUserService(dir, USER_SERVICE.replace('Number(process.env.ITEMS_MS ?? 5)', String(ms)))
      await copyFile(join(ROOT, 'examples/perf-gate.yml'), join(dir, 'perf-gate.yml'))
    }
    await mkdir(join(workspace, 'pr/.github/workflows'), { recursive: true })
    const wf = join(workspace, 'pr/.github/workflows/performance-ab.yml')
    await copyFile(join(ROOT, 'examples/pr-ab.yml'), wf)
    // the edits a user (or this test) makes: free ports, and a shorter run
    const [basePort, prPort] = [await freePort(), await freePort()]
    await writeFile(wf, (await readFile(wf, 'utf8')).replace('duration: 1m', 'duration: 10s'))
    const event = join(workspace, '.event.json')
    await writeFile(event, JSON.stringify({}))
    job = await runWorkflowJob(wf, 'ab', {
      workspace,
      secrets: { PERF_API_KEY: key },
      envOverrides: { BASE_PORT: String(basePort), PR_PORT: String(prPort) },
      baseEnv: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        EXPECTED_KEY: key,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/shop',
        npm_config_loglevel: 'error'
      }
    })
    const byName = Object.fromEntries(job.steps.map((s) => [s.name, s]))
    expect([byName['Start both sides'].code, byName['Start both sides'].stderr]).toEqual([0, ''])
    expect(byName['Wait until both answer'].code).toBe(0)
    const gate = byName['Performance A/B']
    // 8 ms against 5 ms: the PR is slower, and the step fails on it
    expect(gate.code).toBe(1)
    expect(gate.outputs.comparison).toBe('regression')
    expect(gate.stdout).toContain(`A http://localhost:${basePort}`)
    expect(byName['Use the outputs'].stdout).toMatch(/^comparison=regression p95=[\d.]+s$/m)
    expect(job.summary).toContain('pairs of A/B slices')
    expect(gate.stdout.replaceAll(`::add-mask::${key}`, '') + job.summary).not.toContain(key)
  }, 120_000)
})

/** The user's service started by hand, as a staging deployment every runner reaches. */
async function startUserService(dir: string, port: number, key: string): Promise<() => void> {
  await mkdir(dir, { recursive: true })
  await writeUserService(dir, USER_SERVICE)
  const child = spawn(process.execPath, [join(dir, 'server.js')], {
    env: { PORT: String(port), EXPECTED_KEY: key },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))
  return () => child.kill('SIGTERM')
}

describe('examples/distributed-matrix.yml in a user repository', () => {
  it('a matrix of shard jobs starting together, then a merge job on their artifacts: one gate on the whole', async () => {
    const repo = await tempDir('perf-gate-user-matrix-')
    const port = await freePort()
    const key = 'user-secret-key-9001'
    const stop = await startUserService(join(repo, 'staging'), port, key)
    const art = await startFakeArtifacts()
    try {
      await copyFile(join(ROOT, 'examples/perf-gate.yml'), join(repo, 'perf-gate.yml'))
      await mkdir(join(repo, '.github/workflows'), { recursive: true })
      const wf = join(repo, '.github/workflows/performance-distributed.yml')
      // the edits a user (or this test) makes: the staging URL, and a short run starting soon
      await writeFile(
        wf,
        (await readFile(join(ROOT, 'examples/distributed-matrix.yml'), 'utf8'))
          .replace('https://staging.example.com', `http://localhost:${port}`)
          .replace("'+2 minutes'", "'+10 seconds'")
          .replace('duration: 5m', 'duration: 3s')
          .replace('users: 200', 'users: 8')
      )
      const event = join(repo, '.event.json')
      await writeFile(event, JSON.stringify({}))
      const baseEnv = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '77',
        GITHUB_RUN_ATTEMPT: '1',
        ACTIONS_RUNTIME_TOKEN: art.token,
        ACTIONS_RESULTS_URL: art.url
      }
      const jobIn = async (name: string, dir: string, context: Record<string, string> = {}) => {
        await mkdir(dir, { recursive: true })
        return runWorkflowJob(wf, name, {
          workspace: dir,
          secrets: { PERF_API_KEY: key },
          baseEnv: { ...baseEnv, GITHUB_JOB: name },
          context: { 'github.run_attempt': '1', ...context },
          downloadArtifact: async (w) => {
            // actions/download-artifact with a pattern: each artifact in a folder of its name
            const pattern = new RegExp(`^${w.pattern.replace(/\*/g, '.*')}$`)
            for (const a of art.artifacts.filter((x) => pattern.test(x.name))) {
              for (const [file, data] of unzip(a.zip!)) {
                await mkdir(join(dir, w.path, a.name), { recursive: true })
                await writeFile(join(dir, w.path, a.name, file), data)
              }
            }
          }
        })
      }
      const plan = await jobIn('plan', join(repo, 'plan'))
      const startAt = plan.steps[0].outputs['start-at']
      expect(startAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      // each matrix job on its own runner: a checkout of the repository each, all at once
      const shards = await Promise.all(
        [1, 2, 3, 4].map(async (i) => {
          const ws = join(repo, `runner-${i}`)
          await mkdir(ws, { recursive: true })
          await copyFile(join(repo, 'perf-gate.yml'), join(ws, 'perf-gate.yml'))
          return jobIn('shard', ws, { 'matrix.shard': String(i), 'needs.plan.outputs.start-at': startAt })
        })
      )
      for (const s of shards) {
        const step = s.steps.find((x) => x.name === 'Load test, one shard')!
        expect([step.code, step.stderr]).toEqual([0, ''])
        expect(step.stdout).toContain('uploaded artifact perf-shard-')
      }
      expect(art.artifacts.map((a) => a.name).sort()).toEqual(
        [1, 2, 3, 4].map((i) => `perf-shard-${i}-attempt-1`)
      )
      const merge = await jobIn('merge', join(repo, 'runner-merge'))
      const byName = Object.fromEntries(merge.steps.map((s) => [s.name, s]))
      const gate = byName['Merge and gate']
      expect([gate.code, gate.stderr, gate.code === 0 ? '' : gate.stdout]).toEqual([0, '', ''])
      expect(gate.stdout).toContain('perf-gate: merged 4 of 4 shards of load test my_service')
      const doc = JSON.parse(await readFile(gate.outputs['metrics-file'], 'utf8'))
      expect(doc.config).toMatchObject({ users: 8, shard: 'merged 4/4' })
      // the key reached the service from every shard (401 otherwise) and is in no output
      expect(doc.status_codes).toEqual({ '200': doc.total_requests })
      expect(byName['Use the outputs'].stdout).toMatch(/^verdict=pass p95=[\d.]+s rps=[\d.]+$/m)
      expect(merge.summary).toContain('my\\_service')
      const all = [...shards.flatMap((s) => s.steps), ...merge.steps]
      expect(
        all.map((s) => s.stdout.replaceAll(`::add-mask::${key}`, '')).join('') + merge.summary
      ).not.toContain(key)
    } finally {
      stop()
      await art.close()
    }
  }, 120_000)
})

/** The shell scripts of examples/Jenkinsfile.parallel: a shard branch's, then the merge stage's. */
async function jenkinsParallelScripts(): Promise<{ shard: string; merge: string }> {
  const text = await readFile(join(ROOT, 'examples/Jenkinsfile.parallel'), 'utf8')
  const [shard, merge] = [...text.matchAll(/sh\(returnStatus: true, script: '''([\s\S]*?)'''\)/g)].map(
    (m) => m[1]
  )
  if (!shard || !merge) throw new Error('a perf-gate command is missing from examples/Jenkinsfile.parallel')
  return { shard, merge }
}

describe('examples/Jenkinsfile.parallel (shell parts)', () => {
  it('two agents run their shards at the same moment; the merge stage gates the whole', async () => {
    const ws = await tempDir('perf-gate-jenkins-parallel-')
    const port = await freePort()
    const key = 'jenkins-credential-5150'
    const stop = await startUserService(join(ws, 'staging'), port, key)
    try {
      await writeFile(join(ws, 'perf-gate.yml'), await readFile(join(ROOT, 'examples/perf-gate.yml'), 'utf8'))
      // stands in for the cloned dist/cli.js: the real one, pointed at this host's service
      const cli = join(ws, 'perf-gate.mjs')
      await writeFile(
        cli,
        [
          "import { spawnSync } from 'node:child_process'",
          'const args = process.argv.slice(2)',
          `if (args[0] === 'load') args.push('--config', 'perf-gate.yml', '--base-url', 'http://localhost:${port}')`,
          `const r = spawnSync(process.execPath, [${JSON.stringify(join(ROOT, 'dist/cli.js'))}, ...args], { stdio: 'inherit' })`,
          'process.exit(r.status ?? 3)'
        ].join('\n')
      )
      const { shard, merge } = await jenkinsParallelScripts()
      const env = {
        PATH: process.env.PATH ?? '',
        PERF_GATE: cli,
        PERF_GATE_API_KEY: key,
        SERVICE: 'my_service',
        USERS: '6',
        DURATION: '3s',
        START_AT: new Date(Date.now() + 2500).toISOString().replace(/\.\d+Z$/, 'Z')
      }
      // what withEnv gives each parallel branch, each on its own agent (here: the same workspace)
      const agents = await Promise.all(
        [1, 2].map((i) =>
          run('sh', ['-c', shard], {
            cwd: ws,
            env: { ...env, SHARD: `${i}/2`, SHARD_DIR: `shards/shard-${i}` }
          })
        )
      )
      for (const a of agents) expect(a.stderr).toMatch(/shard [12]\/2/)
      const merged = await run('sh', ['-c', merge], { cwd: ws, env })
      expect(merged.stderr).toContain('perf-gate: merged 2 of 2 shards of load test my_service')
      const [dir] = await readdir(join(ws, 'reports/performance'))
      const doc = JSON.parse(await readFile(join(ws, 'reports/performance', dir, 'metrics.json'), 'utf8'))
      expect(doc.config).toMatchObject({ users: 6, shard: 'merged 2/2' })
      expect(doc.status_codes).toEqual({ '200': doc.total_requests })
      expect(doc.verdict).toBe('pass')
    } finally {
      stop()
    }
  }, 90_000)
})
