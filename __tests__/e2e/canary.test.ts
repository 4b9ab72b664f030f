import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { startFakeArtifacts } from '../helpers/fake-artifacts.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { PROMTOOL, PROMTOOL_DEP } from '../helpers/prometheus.js'
import { NODE24, ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { has } from '../helpers/system-deps.js'
import { closedPort as freePort, startTargetServer, type TargetServer } from '../helpers/target-server.js'
import { unzip } from '../helpers/unzip.js'

// A secret goes in everywhere a user puts one (a ${VAR} header, a ${VAR} in
// a path, the preset API key, the action's api-key, a --start service that
// prints them and fails); every command and the action run with monitoring
// on; then every byte perf-gate let out is searched for it, in every form it
// can take (raw, %-encoded, form-encoded, JSON-escaped): stdout, stderr,
// every file (temporary ones too: TMPDIR is in the searched folder, and must
// be left empty), /metrics, what reached the Pushgateway, the PR comment,
// the uploaded artifact. A hostile path goes in too, and each format is read
// back by a real parser.

const CANARY = 'canary-5ecret-d41d8cd98f00'
/** a secret that a path, a form and JSON each write differently */
const CANARY_PATH = `canary path/5ecret"d41d`
const CANARY_FORMS = [CANARY, CANARY_PATH].flatMap((s) => [
  s,
  encodeURIComponent(s),
  encodeURI(s),
  new URLSearchParams({ v: s }).toString().slice(2),
  JSON.stringify(s).slice(1, -1)
])
const HOSTILE_PATH = `/a,b"c<d>&'e`

let target: TargetServer
let gh: FakeGitHub
let pushes: string[]
let pushgateway: Server
let pushUrl: string
let dir: string
let out: string
let config: string
let tmp: string
/** every piece of output to search */
const outputs: { where: string; text: string }[] = []

async function body(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const c of req) text += c
  return text
}

beforeAll(async () => {
  target = await startTargetServer()
  gh = await startFakeGitHub()
  pushes = []
  // records what a push carries, as a Pushgateway would receive it
  pushgateway = createServer(async (req, res) => {
    pushes.push(`${req.method} ${req.url}\n${await body(req)}`)
    res.end()
  })
  await new Promise<void>((r) => pushgateway.listen(0, '127.0.0.1', r))
  pushUrl = `http://127.0.0.1:${(pushgateway.address() as AddressInfo).port}`
  dir = await tempDir('perf-gate-canary-')
  out = join(dir, 'reports')
  tmp = join(dir, 'tmp')
  await mkdir(tmp)
  config = join(dir, 'perf-gate.yml')
  await writeFile(
    config,
    [
      'services:',
      '  api:',
      `    base_url: ${target.url}`,
      '    headers: { Authorization: "Bearer ${CANARY_TOKEN}" }',
      '    endpoints:',
      '      - { path: /fast }',
      `      - { path: ${JSON.stringify(HOSTILE_PATH)}, headers: { X-Extra: "\${CANARY_TOKEN}" }, thresholds: { p95_response_time: { warning: 1s, critical: 2s } } }`,
      '      - { path: /flaky }',
      '      - { path: "/fast?k=${CANARY_PATH}" }',
      ''
    ].join('\n')
  )
})
afterAll(async () => {
  await target.close()
  await gh.close()
  await new Promise((r) => pushgateway.close(r))
})

const ENV = () => ({ CANARY_TOKEN: CANARY, CANARY_PATH, PERF_GATE_API_KEY: CANARY, TMPDIR: tmp })

async function cli(args: string[]) {
  const run = await runCli(args, { env: ENV(), timeoutMs: 60_000 })
  outputs.push(
    { where: `perf-gate ${args[0]} stdout`, text: run.stdout },
    { where: `perf-gate ${args[0]} stderr`, text: run.stderr }
  )
  return run
}

/** Every file under `root`, read as text (zip entries too). */
async function filesUnder(root: string): Promise<{ where: string; text: string }[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true })
  return Promise.all(
    names
      .filter((d) => d.isFile())
      .map(async (d) => ({
        where: join(d.parentPath, d.name),
        text: await readFile(join(d.parentPath, d.name), 'latin1')
      }))
  )
}

describe('a secret put in everywhere comes out nowhere', () => {
  let loadDir: string

  it('load with /metrics and the Pushgateway on', async () => {
    const port = await freePort()
    const scrapes: Promise<string>[] = []
    const timer = setTimeout(
      () => scrapes.push(fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text())),
      1200
    )
    const run = await cli([
      'load',
      'api',
      '--config',
      config,
      '--users',
      '2',
      '--duration',
      '2',
      '--output-dir',
      out,
      '--metrics-port',
      String(port),
      '--metrics-linger',
      '0',
      '--pushgateway',
      pushUrl,
      '--json'
    ])
    clearTimeout(timer)
    expect(run.code).toBe(1) // /flaky fails 10%, and the hostile path is a 404
    loadDir = JSON.parse(run.stdout).report_dir
    const metrics = await Promise.all(scrapes)
    expect(metrics).toHaveLength(1)
    outputs.push({ where: '/metrics', text: metrics[0] })
    expect(metrics[0]).toContain('perf_test_requests_total')
    expect(pushes.length).toBeGreaterThan(0)
    if (has(PROMTOOL_DEP, '`promtool check metrics` on /metrics')) {
      // the exposition format, hostile label values included, as Prometheus reads it
      execFileSync(PROMTOOL!, ['check', 'metrics'], { input: metrics[0] })
    }
  })

  it('stress, ab, compare, report, summary, summary --html', async () => {
    const stress = await cli([
      'stress',
      'api',
      '--config',
      config,
      '--max-users',
      '4',
      '--ramp-up',
      '2',
      '--steps',
      '2',
      '--output-dir',
      out,
      '--json'
    ])
    expect([0, 1]).toContain(stress.code)
    const ab = await cli([
      'ab',
      'api',
      '--config',
      config,
      '--a-url',
      target.url,
      '--b-url',
      target.url.replace('127.0.0.1', 'localhost'),
      '--users',
      '2',
      '--duration',
      '5',
      '--slice',
      '0.5',
      '--output-dir',
      out
    ])
    expect([0, 1]).toContain(ab.code)
    const compare = await cli(['compare', loadDir, JSON.parse(stress.stdout).report_dir])
    expect([0, 1]).toContain(compare.code)
    expect((await cli(['report', loadDir])).code).toBe(0)
    expect((await cli(['summary', out])).code).toBe(0)
    expect((await cli(['summary', out, '--html'])).code).toBe(0)
  })

  it('the action with api-key, monitoring, the PR comment and the artifact', async () => {
    const art = await startFakeArtifacts()
    const event = join(dir, 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { repo: { full_name: 'o/r' } },
          base: { repo: { full_name: 'o/r' } }
        },
        repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } }
      })
    )
    const outputFile = join(dir, 'action.output')
    const summaryFile = join(dir, 'action.summary.md')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    try {
      const run = await runCli([], {
        script: join(ROOT, 'dist/index.js'),
        node: NODE24,
        cwd: dir,
        env: {
          CANARY_TOKEN: CANARY,
          CANARY_PATH,
          TMPDIR: tmp,
          GITHUB_ACTIONS: 'true',
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_RUN_ID: '1',
          GITHUB_API_URL: gh.url,
          ACTIONS_RUNTIME_TOKEN: art.token,
          ACTIONS_RESULTS_URL: art.url,
          ...runnerInputEnv(
            {
              service: 'api',
              config,
              users: '2',
              duration: '1',
              'output-dir': join(dir, 'action-reports'),
              'api-key': CANARY,
              'metrics-port': String(await freePort()),
              'metrics-linger': '0',
              pushgateway: pushUrl
            },
            { 'github.token': 'ghs_canary_token_0000' }
          )
        }
      })
      expect(parseOutputs(await readFile(outputFile, 'utf8')).verdict).toBeDefined()
      // the runner masks what ::add-mask:: names; that line itself is the request to mask
      outputs.push(
        { where: 'action stdout', text: run.stdout.replace(/^::add-mask::.*$/gm, '') },
        { where: 'action stderr', text: run.stderr }
      )
      outputs.push({ where: 'job summary', text: await readFile(summaryFile, 'utf8') })
      outputs.push({ where: 'outputs', text: await readFile(outputFile, 'utf8') })
      expect(gh.comments.length).toBeGreaterThan(0)
      for (const c of gh.comments) outputs.push({ where: 'PR comment', text: c.body })
      const zip = art.artifacts[0].zip!
      const entries = unzip(zip)
      expect([...entries.keys()]).toEqual(
        expect.arrayContaining(['metrics.json', 'results.csv', 'report.html'])
      )
      for (const [name, data] of entries)
        outputs.push({ where: `artifact ${name}`, text: data.toString('latin1') })
    } finally {
      await art.close()
    }
  })

  it('a --start service that prints the secrets and exits, or is never ready', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    const printAll = 'echo "$PERF_GATE_API_KEY $CANARY_TOKEN $CANARY_PATH"'
    for (const [start, wait] of [
      [`${printAll}; exit 1`, '5'],
      [`${printAll}; sleep 30`, '1']
    ]) {
      const run = await cli([
        'load',
        'api',
        '--config',
        config,
        '--base-url',
        closed,
        '--output-dir',
        out,
        '--start',
        start,
        '--wait-timeout',
        wait
      ])
      expect(run.code).toBe(3)
      expect(run.stderr).toContain('last lines of its log')
    }
  })

  it('... and the canary is in none of them', async () => {
    for (const p of pushes) outputs.push({ where: 'Pushgateway', text: p })
    // and every file written (the config holds only ${CANARY_TOKEN}, not the value)
    const all = [...outputs, ...(await filesUnder(dir))]
    expect(all.length).toBeGreaterThan(50)
    const leaks = all
      .filter((o) => CANARY_FORMS.some((f) => o.text.includes(f)) || o.text.includes('ghs_canary_token_0000'))
      .map((o) => o.where)
    expect(leaks).toEqual([])
    // no temporary file was left behind, by any command
    expect(await readdir(tmp)).toEqual([])
  })

  it('a hostile path is escaped in every format, read back by real parsers', async () => {
    const encoded = `GET /a,b%22c%3Cd%3E&'e`
    // Python's csv module reads results.csv (RFC 4180): the endpoint comes back whole, every row as wide as the header
    const csv = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import csv,sys,json; rows=list(csv.reader(open(sys.argv[1], newline=""))); c=rows[0].index("endpoint"); ' +
            'print(json.dumps({"widths": sorted({len(r) for r in rows}), "endpoints": sorted({r[c] for r in rows[1:]})}))',
          join(loadDir, 'results.csv')
        ],
        { encoding: 'utf8' }
      )
    )
    expect(csv.widths).toHaveLength(1)
    expect(csv.endpoints).toContain(encoded.slice('GET '.length))
    const xml = execFileSync(
      'python3',
      [
        '-c',
        'import sys, xml.etree.ElementTree as E; print("\\n".join(c.get("name") for c in E.parse(sys.argv[1]).iter("testcase")))',
        join(loadDir, 'junit.xml')
      ],
      { encoding: 'utf8' }
    )
    expect(xml).toContain(encoded)
    const html = await readFile(join(loadDir, 'report.html'), 'utf8')
    expect(html).toContain('GET /a,b%22c%3Cd%3E&amp;&#39;e')
    expect(html).not.toContain("&'e")
    const md = await readFile(join(loadDir, 'summary.md'), 'utf8')
    expect(md).not.toContain('<d>')
  })
})
