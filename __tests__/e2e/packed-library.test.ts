import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

const run = promisify(execFile)

/** What a user's script does with the package: every function the library guide (docs/library.md) shows. */
const USER_CODE = (url: string) => `
import { writeFileSync } from 'node:fs'
import {
  loadTest,
  stressTest,
  calculateMetrics,
  evaluateThresholds,
  saveResults,
  findBreakingPoint,
  loadConfig,
  performTest,
  DEFAULT_THRESHOLDS,
  DEFAULTS
} from 'perf-gate'

const service = { name: 'custom_service', base_url: '${url}', endpoints: [{ path: '/fast' }, { path: '/slow', method: 'GET' }] }
const result = await loadTest({ service, users: 2, duration: '1s' })
const metrics = calculateMetrics(result)
const gate = evaluateThresholds(metrics, { ...DEFAULT_THRESHOLDS, p95_response_time: { warning: 0.3, critical: 1 } })
const saved = await saveResults(result, metrics, gate, { outputDir: 'reports', testName: 'custom_test' })

const config = await loadConfig({ env: process.env })
const stress = await stressTest({ service, config, maxUsers: 2, rampUp: '2s', steps: 2 })
const stressMetrics = calculateMetrics(stress)
const verdict = findBreakingPoint(stressMetrics.stages ?? [], DEFAULT_THRESHOLDS)

writeFileSync('perf-gate.yml', 'services:\\n  custom_service:\\n    base_url: ${url}\\n    endpoints: [{ path: /fast }]\\n')
const fileConfig = await loadConfig({ file: 'perf-gate.yml', env: process.env })
const report = await performTest({ service: 'custom_service', users: 2, duration: '1s', config: fileConfig, outputDir: 'reports' })

console.log(JSON.stringify({
  verdict: gate.verdict,
  dir: saved.dir,
  total: metrics.total_requests,
  stages: stressMetrics.stages?.length,
  conclusion: verdict.conclusion,
  defaultUsers: DEFAULTS.users,
  performed: [report.saved.document.verdict, report.exitCode]
}))
`

let target: TargetServer
let app: string
let installWarnings = ''

beforeAll(async () => {
  target = await startTargetServer()
  const work = await tempDir('perf-gate-pack-')
  const { stdout } = await run('npm', ['pack', '--pack-destination', work, '--json', '--loglevel=error'], {
    cwd: ROOT
  })
  const tarball = join(work, JSON.parse(stdout)[0].filename)
  app = join(work, 'app')
  await mkdir(app)
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }))
  // the dependencies come from npm's cache when `npm ci` already fetched them
  const install = await run(
    'npm',
    ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'],
    { cwd: app }
  )
  installWarnings = install.stderr
}, 180_000)
afterAll(() => target.close())

describe('the library as a user installs it (npm pack, then npm install of the tarball)', () => {
  it('installs on Node 20 without engine warnings (the action-only @actions/* stay out of it)', () => {
    expect(installWarnings).not.toMatch(/EBADENGINE/)
    expect(existsSync(join(app, 'node_modules/@actions'))).toBe(false)
  })

  it('the tarball holds what package.json promises, and nothing of the sources', async () => {
    const pkg = join(app, 'node_modules/perf-gate')
    const files = await readdir(pkg)
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'action.yml', 'dist', 'package.json', 'schema'])
    )
    expect(files).not.toContain('__tests__')
    expect(files).not.toContain('src')
  })

  it('every function the library guide shows runs from JavaScript', async () => {
    await writeFile(join(app, 'use.mjs'), USER_CODE(target.url))
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: app, timeout: 60_000 })
    const out = JSON.parse(stdout.trim().split('\n').pop()!)
    expect(out.verdict).toBe('pass')
    expect(out.total).toBeGreaterThan(0)
    expect(out.stages).toBe(2)
    expect(out.conclusion).toBe('No breaking point up to 2 users.')
    expect(out.defaultUsers).toBe(10)
    expect(out.performed).toEqual(['pass', 0])
    expect(await readdir(join(app, out.dir))).toEqual(
      expect.arrayContaining(['metrics.json', 'report.html', 'results.csv', 'summary.md', 'junit.xml'])
    )
  }, 60_000)

  it('type-checks from TypeScript with the published types (moduleResolution nodenext)', async () => {
    await writeFile(join(app, 'use.ts'), USER_CODE(target.url))
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // a user's project has @types/node; this one borrows the repository's
          typeRoots: [join(ROOT, 'node_modules/@types')],
          types: ['node']
        },
        files: ['use.ts']
      })
    )
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
    const r = await run(process.execPath, [tsc, '-p', app]).catch((e: { stdout: string }) => ({
      stdout: e.stdout,
      failed: true
    }))
    expect(r.stdout).toBe('')
  }, 60_000)

  it('the library examples (docs/library.md, the README) import nothing this test does not use', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    const section =
      (await readFile(join(ROOT, 'docs/library.md'), 'utf8')) +
      readme.slice(readme.indexOf('### Library'), readme.indexOf('### Reliability'))
    const imported = [...section.matchAll(/import \{([^}]+)\} from 'perf-gate'/g)].flatMap((m) =>
      m[1].split(',').map((s) => s.trim())
    )
    expect(imported.length).toBeGreaterThan(5)
    for (const name of imported) expect([name, USER_CODE('').includes(name)]).toEqual([name, true])
  })
})
