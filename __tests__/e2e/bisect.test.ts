import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { runCli, tempDir } from '../helpers/run-cli.js'

/**
 * `perf-gate bisect` in a user's repository: a scratch git repository of a
 * small HTTP service, 8 commits, where commit 5 adds 5 ms to every request.
 * The built CLI runs in the repository, as a user would run it; afterwards the
 * repository must be as it was: no worktree, branch, process or temporary
 * folder left, a Ctrl-C included.
 */
const git = (repo: string, ...args: string[]): string =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim()

/** Commits 1..8 of a service answering in 2 ms; `slowAt` adds 5 ms from that commit on. */
async function scratchRepo(slowAt?: number): Promise<{ repo: string; commits: string[] }> {
  const repo = await tempDir('perf-gate-bisect-repo-')
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'config', 'user.email', 'dev@example.com')
  git(repo, 'config', 'user.name', 'dev')
  const commits: string[] = []
  for (let n = 1; n <= 8; n++) {
    const delay = slowAt !== undefined && n >= slowAt ? 7 : 2
    await writeFile(
      join(repo, 'server.js'),
      `// commit ${n}\nconst http = require('http')\n` +
        `http.createServer((req, res) => setTimeout(() => res.end('ok'), ${delay})).listen(Number(process.argv[2]), '127.0.0.1')\n`
    )
    // the build's output stays out of the commits, as a user's dist/ would
    await writeFile(join(repo, '.gitignore'), 'built.js\nreports/\n')
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', n === slowAt ? `commit ${n}: wait 5 ms more` : `commit ${n}`)
    commits.push(git(repo, 'rev-parse', 'HEAD'))
  }
  // 50% tolerances: a 2 ms service on a busy test machine judged in 5 s looks; 5 ms more is +250%
  await writeFile(
    join(repo, 'perf-gate.yml'),
    'tolerances: { p50_response_time: 50%, p95_response_time: 50%, requests_per_second: 50% }\n' +
      'services:\n  svc:\n    base_url: http://127.0.0.1:9\n    endpoints: [{ path: /items }]\n'
  )
  return { repo, commits }
}

/** What the repository and the machine hold that a bisect could leave behind. */
function leftovers(repo: string, marker: string) {
  return {
    worktrees: git(repo, 'worktree', 'list', '--porcelain')
      .split('\n')
      .filter((l) => l.startsWith('worktree ')).length,
    branches: git(repo, 'branch', '--format=%(refname:short)'),
    head: git(repo, 'rev-parse', 'HEAD'),
    status: git(repo, 'status', '--porcelain', '--ignored=no'),
    processes: spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim()
  }
}

let tmp: string
beforeAll(async () => {
  tmp = await tempDir('perf-gate-bisect-tmp-')
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

function bisect(repo: string, marker: string, extra: string[] = [], onSpawn?: (c: ChildProcess) => void) {
  return runCli(
    [
      'bisect',
      'svc',
      '--config',
      'perf-gate.yml',
      '--good',
      'HEAD~7',
      '--bad',
      'HEAD',
      '--build',
      'cp server.js built.js',
      // the marker finds the services among the machine's processes afterwards
      '--start',
      `node built.js {{port}} ${marker}`,
      '--wait-for',
      'http://127.0.0.1:{{port}}/items',
      '--duration',
      '5s',
      '--slice',
      '0.5s',
      '--max-duration',
      '15s',
      '--users',
      '4',
      ...extra
    ],
    { cwd: repo, env: { TMPDIR: tmp }, timeoutMs: 150_000, onSpawn }
  )
}

describe('perf-gate bisect in a scratch repository', () => {
  it('names commit 5, where every request got 5 ms slower, and leaves the repository as it was', async () => {
    const { repo, commits } = await scratchRepo(5)
    const marker = `pg-bisect-${randomBytes(4).toString('hex')}`
    const before = leftovers(repo, marker)
    const r = await bisect(repo, marker, ['--json'])
    expect(r.stderr).toContain('First bad commit')
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.stdout)
    expect(doc.verdict).toBe('first_bad')
    expect(doc.first_bad.commit).toBe(commits[4])
    expect(doc.first_bad.subject).toBe('commit 5: wait 5 ms more')
    expect(doc.first_bad.verdict).toBe('regression')
    // its change and interval, wholly above +100%: 2 ms → 7 ms
    expect(doc.first_bad.ci_low).toBeGreaterThan(1)
    // the bad commit first, then halves: at most 1 + 3 steps for 7 candidates
    expect(doc.steps[0]).toMatchObject({ commit: commits[7], role: 'bad', verdict: 'regression' })
    expect(doc.steps.length).toBeLessThanOrEqual(4)
    for (const s of doc.steps) expect(s.judgement).toBe(commits.indexOf(s.commit) >= 4 ? 'bad' : 'good')
    // bisect.json is what --json printed; each step's A/B run is beside it, with both builds' logs
    const dir = r.stderr.match(/Steps and their runs: (.+)/)![1]
    expect(JSON.parse(await readFile(join(repo, dir, 'bisect.json'), 'utf8'))).toEqual(doc)
    // after the bad commit, each step is judged on what regressed there: the median among them
    for (const s of doc.steps.slice(1)) expect(s.judged_on).toContain('median_response_time')
    for (const s of doc.steps) {
      expect(await readdir(join(repo, s.run_dir))).toEqual(
        expect.arrayContaining(['metrics.json', 'service.log'])
      )
      // each step's run names the commit it measured, not the checkout's HEAD
      const metrics = JSON.parse(await readFile(join(repo, s.run_dir, 'metrics.json'), 'utf8'))
      expect(metrics.provenance.commit).toBe(s.commit)
      expect(await readdir(join(repo, s.run_dir, 'baseline'))).toContain('service.log')
    }
    expect(r.stdout + r.stderr).toMatch(/1\s+[0-9a-f]{7}\s+regression\s+.*\(bad\) commit 8/)
    expect(leftovers(repo, marker)).toEqual(before)
    expect(await readdir(tmp)).toEqual([])
  }, 160_000)

  it('says "no regression between them" when no commit is slower', async () => {
    const { repo } = await scratchRepo()
    const marker = `pg-bisect-${randomBytes(4).toString('hex')}`
    const r = await bisect(repo, marker)
    expect(r.stdout).toContain('✓ No regression between them')
    expect(r.code).toBe(0)
    expect(await readdir(tmp)).toEqual([])
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1)
  }, 160_000)

  it('interrupted mid-bisect (Ctrl-C): exit 3, nothing left behind, the steps so far kept', async () => {
    const { repo } = await scratchRepo(5)
    const marker = `pg-bisect-${randomBytes(4).toString('hex')}`
    const before = leftovers(repo, marker)
    let stderr = ''
    const r = await bisect(repo, marker, [], (child) => {
      child.stderr!.on('data', (d) => {
        stderr += d
        // during step 2's load: a worktree, two services and a build log exist
        if (/step 2: /.test(stderr) && /built [0-9a-f]{7} in/.test(stderr.split('step 2: ')[1] ?? '')) {
          setTimeout(() => child.kill('SIGINT'), 1500)
          stderr = ''
        }
      })
    })
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/bisect stopped by signal after 1 step/)
    const dir = r.stderr.match(/are in (.+bisect\.json)/)![1]
    const doc = JSON.parse(await readFile(join(repo, dir), 'utf8'))
    expect(doc).toMatchObject({ verdict: 'interrupted', exit_code: 3 })
    expect(doc.steps).toHaveLength(1)
    expect(leftovers(repo, marker)).toEqual(before)
    expect(await readdir(tmp)).toEqual([])
  }, 160_000)

  it('a good build that fails: exit 3 with its last lines, and no folder, worktree or file left', async () => {
    const { repo } = await scratchRepo()
    const r = await bisect(repo, 'unused', ['--build', 'echo no compiler here >&2; exit 4'])
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/--good [0-9a-f]{7}: the build .*last lines:/)
    expect(r.stderr).toContain('no compiler here')
    const reports = join(repo, 'reports', 'performance')
    expect(existsSync(reports) ? await readdir(reports) : []).toEqual([])
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1)
    expect(await readdir(tmp)).toEqual([])
  }, 60_000)

  it('refuses bad input before building anything: exit 2, one line naming the flag', async () => {
    const { repo } = await scratchRepo()
    const cases: [string[], RegExp][] = [
      [['--start', 'node built.js'], /^perf-gate: --start: must hold \{\{port\}\}/],
      [['--good', 'no-such-tag'], /^perf-gate: --good: "no-such-tag" names no commit/],
      [['--good', 'HEAD', '--bad', 'HEAD~2'], /^perf-gate: --good: HEAD is not an ancestor of --bad HEAD~2/]
    ]
    for (const [extra, message] of cases) {
      const r = await bisect(repo, 'unused', extra)
      expect({ code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ code: 2, lines: 1 })
      expect(r.stderr).toMatch(message)
    }
    await mkdir(join(tmp, 'not-a-repo'))
    const outside = await runCli(
      ['bisect', '--good', 'a', '--bad', 'b', '--build', 'true', '--start', 'x {{port}}'],
      { cwd: join(tmp, 'not-a-repo') }
    )
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/^perf-gate: --repo: .*not a git repository/)
    await rm(join(tmp, 'not-a-repo'), { recursive: true })
  }, 60_000)
})
