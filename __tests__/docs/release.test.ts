import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { execFile, execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { ROOT, tempDir } from '../helpers/run-cli.js'

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8')
const NOTES = join(ROOT, 'scripts/release-notes.mjs')

/** Runs scripts/release-notes.mjs as the release workflow does. */
async function releaseNotes(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [NOTES, ...args], { cwd: ROOT })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => e)
}

const CHANGELOG = `# Changelog

## [Unreleased]

- not yet

## [1.2.0] - 2026-12-01

### Added

- a thing

### Fixed

- another

## [1.1.0] - 2026-11-01

- older

[Unreleased]: https://example.com/compare/v1.2.0...HEAD
[1.2.0]: https://example.com/v1.2.0
[1.1.0]: https://example.com/v1.1.0
`

describe('scripts/release-notes.mjs', () => {
  it("prints one version's section, without its heading, the next version or the link definitions", async () => {
    const dir = await tempDir('perf-gate-notes-')
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG)
    const changelog = ['--changelog', join(dir, 'CHANGELOG.md')]
    expect(await releaseNotes('v1.2.0', ...changelog)).toEqual({
      code: 0,
      stdout: '### Added\n\n- a thing\n\n### Fixed\n\n- another\n',
      stderr: ''
    })
    // the last section stops at the link definitions; the version without its v too
    expect((await releaseNotes('1.1.0', ...changelog)).stdout).toBe('- older\n')
  })

  it('fails, saying what to add, for a version the changelog has no notes for', async () => {
    const r = await releaseNotes('v9.9.9')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('has no notes for v9.9.9: add a "## [9.9.9] - YYYY-MM-DD" section')
  })

  it("CHANGELOG.md has notes for package.json's version, and an Unreleased section above them", async () => {
    const version = JSON.parse(read('package.json')).version
    const r = await releaseNotes(`v${version}`)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('### Added')
    const changelog = read('CHANGELOG.md')
    expect(changelog.indexOf('## [Unreleased]')).toBeGreaterThan(0)
    expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(changelog.indexOf(`## [${version}] - `))
    // Keep a Changelog: every version heading is `## [x.y.z] - YYYY-MM-DD` and has a link definition
    for (const [, v] of changelog.matchAll(/^## \[([^\]]+)\](.*)$/gm)) {
      expect(changelog).toMatch(new RegExp(`^\\[${v.replace(/\./g, '\\.')}\\]: https://`, 'm'))
      if (v !== 'Unreleased')
        expect(changelog).toMatch(
          new RegExp(`^## \\[${v.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
        )
    }
  })
})

describe('.github/workflows/release.yml', () => {
  const workflow = parse(read('.github/workflows/release.yml'))
  const steps = (job: string): { name?: string; run?: string; uses?: string; if?: string }[] =>
    workflow.jobs[job].steps
  const runs = (job: string): string =>
    steps(job)
      .map((s) => s.run ?? '')
      .join('\n')

  it("is a valid workflow (SchemaStore's github-workflow.json)", () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(JSON.parse(read('__tests__/fixtures/schemastore/github-workflow.json')))
    expect(validate(workflow) ? [] : validate.errors).toEqual([])
  })

  it('runs on version tags only, with a read-only token except where the release is published', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } })
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.verify.permissions).toBeUndefined()
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' })
    expect(workflow.jobs.release.needs).toBe('verify')
  })

  it('checks the version, the bundle, the notes and the tests before anything is published', () => {
    const verify = runs('verify')
    expect(verify).toContain('npm ci')
    expect(verify).toContain(`require('./package.json').version`)
    expect(verify).toContain('node scripts/bundle.mjs --check')
    expect(verify).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME"')
    expect(verify).toContain('make test')
    const release = runs('release')
    expect(release).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME" > "$RUNNER_TEMP/notes.md"')
    expect(release).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag')
    expect(release).toContain('--notes-file "$RUNNER_TEMP/notes.md"')
  })

  /** The major-tag step's script, run in a clone of a scratch repository (its origin a bare one). */
  async function moveMajorTag(tags: string[], released: string): Promise<Record<string, string>> {
    const step = steps('release').find((s) => s.name === 'Move the major tag to the release commit')!
    expect(step.if).toBe("${{ !contains(github.ref_name, '-') }}")
    const dir = await tempDir('perf-gate-release-')
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
    const git = (cwd: string, ...args: string[]): string =>
      execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
    git(dir, 'init', '--quiet', '--bare', 'origin.git')
    git(dir, 'init', '--quiet', 'work')
    const work = join(dir, 'work')
    for (const tag of tags) {
      git(work, 'commit', '--quiet', '--allow-empty', '-m', tag)
      git(work, 'tag', tag)
    }
    git(work, 'remote', 'add', 'origin', join(dir, 'origin.git'))
    git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', '--tags')
    // the runner's checkout: the released tag's commit
    git(work, 'checkout', '--quiet', released)
    execFileSync('bash', ['-e', '-c', step.run!], {
      cwd: work,
      env: { ...env, GITHUB_REF_NAME: released },
      stdio: 'pipe'
    })
    const remote = git(work, 'ls-remote', '--tags', 'origin')
    return Object.fromEntries(
      remote
        .split('\n')
        .filter((l) => l.endsWith('^{}') || !remote.includes(`${l.split('\t')[1]}^{}`))
        .map((l) => {
          const [sha, ref] = l.split('\t')
          return [
            ref.replace('refs/tags/', '').replace('^{}', ''),
            git(work, 'log', '-1', '--format=%s', sha)
          ]
        })
    )
  }

  it('moves the major tag to the newest release of its major version', async () => {
    const tags = await moveMajorTag(['v1.0.0', 'v1.1.0'], 'v1.1.0')
    expect(tags.v1).toBe('v1.1.0')
  })

  it('leaves the major tag at a newer release when an older line gets a patch', async () => {
    const tags = await moveMajorTag(['v1.0.0', 'v1.1.0', 'v1.0.1'], 'v1.0.1')
    expect(tags.v1).toBeUndefined()
    const again = await moveMajorTag(['v2.0.0', 'v2.1.0', 'v2.0.1'], 'v2.1.0')
    expect(again.v2).toBe('v2.1.0')
  })
})
