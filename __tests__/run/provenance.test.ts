import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { ciProvenance, detectProvenance, gitProvenance } from '../../src/run/provenance.js'
import { tempDir } from '../helpers/run-cli.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('ciProvenance: each CI by its own variables', () => {
  it('GitHub Actions: GITHUB_SHA, the branch, and the run URL made from the server, repository and run id', () => {
    expect(
      ciProvenance({
        GITHUB_ACTIONS: 'true',
        GITHUB_SHA: SHA,
        GITHUB_REF_NAME: 'main',
        GITHUB_HEAD_REF: '',
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '42'
      })
    ).toEqual({
      ci: 'github',
      commit: SHA,
      branch: 'main',
      run_url: 'https://github.example.com/acme/shop/actions/runs/42'
    })
  })

  it('GitHub pull request: the head branch, not `123/merge`; github.com when no server is named', () => {
    expect(
      ciProvenance({
        GITHUB_ACTIONS: 'true',
        GITHUB_SHA: SHA,
        GITHUB_REF_NAME: '123/merge',
        GITHUB_HEAD_REF: 'feature/faster-search',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '7'
      })
    ).toEqual({
      ci: 'github',
      commit: SHA,
      branch: 'feature/faster-search',
      run_url: 'https://github.com/acme/shop/actions/runs/7'
    })
  })

  it('Jenkins: GIT_COMMIT, BRANCH_NAME (multibranch) or GIT_BRANCH without its remote, BUILD_URL', () => {
    const jenkins = {
      JENKINS_URL: 'https://ci.example.com/',
      GIT_COMMIT: SHA,
      BUILD_URL: 'https://ci.example.com/job/shop/12/'
    }
    expect(ciProvenance({ ...jenkins, BRANCH_NAME: 'PR-5', GIT_BRANCH: 'origin/feature/x' })).toEqual({
      ci: 'jenkins',
      commit: SHA,
      branch: 'PR-5',
      run_url: 'https://ci.example.com/job/shop/12/'
    })
    expect(ciProvenance({ ...jenkins, GIT_BRANCH: 'origin/feature/x' }).branch).toBe('feature/x')
    expect(ciProvenance({ ...jenkins, GIT_BRANCH: 'refs/heads/main' }).branch).toBe('main')
  })

  it('GitLab: CI_COMMIT_SHA, CI_COMMIT_REF_NAME, CI_JOB_URL', () => {
    expect(
      ciProvenance({
        GITLAB_CI: 'true',
        CI_COMMIT_SHA: SHA,
        CI_COMMIT_REF_NAME: 'main',
        CI_JOB_URL: 'https://gitlab.example.com/acme/shop/-/jobs/99'
      })
    ).toEqual({
      ci: 'gitlab',
      commit: SHA,
      branch: 'main',
      run_url: 'https://gitlab.example.com/acme/shop/-/jobs/99'
    })
  })

  it('writes nothing else from the environment: no credentials in a URL, no commit that is not an object id', () => {
    const p = ciProvenance({
      JENKINS_URL: 'https://ci.example.com/',
      GIT_COMMIT: 'not a sha; rm -rf /',
      BUILD_URL: 'https://admin:s3cret@ci.example.com/job/shop/12/',
      API_TOKEN: 's3cret-token',
      AWS_SECRET_ACCESS_KEY: 'abc'
    })
    expect(p).toEqual({ ci: 'jenkins', run_url: 'https://ci.example.com/job/shop/12/' })
    expect(JSON.stringify(p)).not.toMatch(/s3cret|abc|admin/)
    expect(ciProvenance({ JENKINS_URL: 'x', BUILD_URL: 'javascript:alert(1)' })).toEqual({ ci: 'jenkins' })
  })

  it('outside a known CI: nothing', () => {
    expect(ciProvenance({ HOME: '/root', PATH: '/usr/bin', GIT_COMMIT: SHA })).toEqual({})
  })
})

describe('gitProvenance and detectProvenance: git in the working folder, when the CI says nothing', () => {
  let repo: string
  let plain: string
  let commit: string
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'perf-gate',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'perf-gate',
        GIT_COMMITTER_EMAIL: 'test@example.com'
      }
    }).trim()

  beforeAll(async () => {
    repo = await tempDir('perf-gate-git-')
    plain = await tempDir('perf-gate-nogit-')
    git('init', '-q', '-b', 'perf/branch')
    await writeFile(join(repo, 'app.txt'), 'v1\n')
    git('add', 'app.txt')
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'first')
    commit = git('rev-parse', 'HEAD')
    await mkdir(join(repo, 'sub'))
  })
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
    await rm(plain, { recursive: true, force: true })
  })

  it('a repository: the commit and branch checked out, also from a folder inside it', async () => {
    expect(commit).toMatch(/^[0-9a-f]{40}$/)
    expect(await gitProvenance(repo)).toEqual({ commit, branch: 'perf/branch' })
    expect(await gitProvenance(join(repo, 'sub'))).toEqual({ commit, branch: 'perf/branch' })
  })

  it('a detached HEAD (what CIs check out): the commit, no branch', async () => {
    git('checkout', '-q', '--detach')
    try {
      expect(await gitProvenance(repo)).toEqual({ commit })
    } finally {
      git('checkout', '-q', 'perf/branch')
    }
  })

  it('a folder that is no repository, or none at all: nothing, and no error', async () => {
    expect(await gitProvenance(plain)).toEqual({})
    expect(await gitProvenance(join(plain, 'missing'))).toEqual({})
  })

  it('detectProvenance: git fills in what the CI leaves out, and the runner is always there', async () => {
    const local = await detectProvenance({}, repo)
    expect(local).toEqual({
      commit,
      branch: 'perf/branch',
      ci: 'git',
      runner: {
        cpu: expect.any(String),
        cores: expect.any(Number),
        memory_bytes: totalmem(),
        os: expect.stringMatching(/^\w+ \S+/),
        node: process.version
      }
    })
    expect(local.runner.cores).toBeGreaterThanOrEqual(1)
    expect(local.runner.cores).toBeLessThanOrEqual(Math.max(1, cpus().length))
    // Jenkins without the git plugin's GIT_COMMIT: the run URL from Jenkins, the commit from git
    const jenkins = await detectProvenance(
      { JENKINS_URL: 'https://ci/', BUILD_URL: 'https://ci/job/1/' },
      repo
    )
    expect([jenkins.ci, jenkins.commit, jenkins.run_url]).toEqual(['jenkins', commit, 'https://ci/job/1/'])
    // a CI's own commit wins over the folder's, whose branch then names another commit and is left out
    const other = await detectProvenance({ GITLAB_CI: 'true', CI_COMMIT_SHA: SHA }, repo)
    expect([other.commit, other.branch]).toEqual([SHA, undefined])
    const same = await detectProvenance({ GITLAB_CI: 'true', CI_COMMIT_SHA: commit }, repo)
    expect([same.ci, same.commit, same.branch]).toEqual(['gitlab', commit, 'perf/branch'])
    const nowhere = await detectProvenance({}, plain)
    expect(Object.keys(nowhere)).toEqual(['runner'])
  })
})
