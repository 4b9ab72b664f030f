import { afterAll, describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { runWorkflowJob, stopJobProcesses, type JobRun } from '../helpers/workflow-runner.js'

const run = promisify(execFile)
const SCHEMAS = join(ROOT, '__tests__/fixtures/schemastore')

async function schemaValidator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true })
  return ajv.compile(JSON.parse(await readFile(join(SCHEMAS, `${name}.json`), 'utf8')))
}

async function workflowFiles(): Promise<string[]> {
  const own = (await readdir(join(ROOT, '.github/workflows'))).map((f) => join(ROOT, '.github/workflows', f))
  return [join(ROOT, 'examples/pr-performance-gate.yml'), join(ROOT, 'examples/pr-ab.yml'), ...own]
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
  if (req.url === '/api/items') { req.resume(); return setTimeout(() => res.end('[{"id":1}]'), 5) }
  res.statusCode = 404; res.end()
}).listen(Number(process.env.PORT), () => console.log('listening on', process.env.PORT))
`

describe('examples/pr-performance-gate.yml in a user repository', () => {
  let job: JobRun | undefined
  afterAll(() => {
    if (job) stopJobProcesses(job)
  })

  it('starts the service, waits for it with the API key, gates it and reports', async () => {
    const repo = await tempDir('perf-gate-user-repo-')
    const port = await freePort()
    const key = 'user-secret-key-31337'
    await writeUserService(repo, USER_SERVICE)
    // as its comment says: the workflow goes to .github/workflows, the config to perf-gate.yml
    await mkdir(join(repo, '.github/workflows'), { recursive: true })
    await copyFile(
      join(ROOT, 'examples/pr-performance-gate.yml'),
      join(repo, '.github/workflows/performance.yml')
    )
    await copyFile(join(ROOT, 'examples/perf-gate.yml'), join(repo, 'perf-gate.yml'))
    // the one edit a user makes: the port; and a short run, so the test stays short
    const wf = join(repo, '.github/workflows/performance.yml')
    await writeFile(wf, (await readFile(wf, 'utf8')).replace('duration: 1m', 'duration: 3s'))
    const event = join(repo, '.event.json')
    await writeFile(event, JSON.stringify({}))
    job = await runWorkflowJob(wf, 'perf', {
      workspace: repo,
      secrets: { PERF_API_KEY: key },
      envOverrides: { SERVICE_URL: `http://localhost:${port}` },
      baseEnv: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PORT: String(port),
        EXPECTED_KEY: key,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/shop',
        npm_config_loglevel: 'error'
      }
    })
    const byName = Object.fromEntries(job.steps.map((s) => [s.name, s]))
    for (const s of job.steps)
      expect([s.name, s.code, s.code === 0 ? '' : s.stdout + s.stderr]).toEqual([s.name, 0, ''])
    const gate = byName['Performance gate']
    expect(gate.stdout).toContain(
      `perf-gate: load test my_service at http://localhost:${port}: 20 users for 3 s`
    )
    expect(gate.outputs.verdict).toBe('pass')
    const metrics = JSON.parse(await readFile(gate.outputs['metrics-file'], 'utf8'))
    // the key reached the service (401 otherwise) and is in no output
    expect(metrics.status_codes).toEqual({ '200': metrics.total_requests })
    expect(metrics.per_endpoint.map((e: { endpoint: string }) => e.endpoint).sort()).toEqual([
      'GET /api/items',
      'GET /health',
      'POST /api/items'
    ])
    expect(gate.stdout.replaceAll(`::add-mask::${key}`, '') + job.summary).not.toContain(key)
    expect(byName['Use the outputs'].stdout).toMatch(/^verdict=pass p95=[\d.]+s errors=0%$/m)
    expect(job.summary).toContain('### ✅ **PASS** · my\\_service load test')
  }, 120_000)
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
      await writeUserService(
        dir,
        USER_SERVICE.replace('res.end(\'[{"id":1}]\'), 5)', `res.end('[{"id":1}]'), ${ms})`)
      )
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
