import { execFile } from 'node:child_process'
import type { Provenance } from '../report/run-document.js'
import { runnerInfo } from './runner-info.js'

type Env = Readonly<Record<string, string | undefined>>

/** What a CI's variables say of the run; nothing outside the variables named here enters the document. */
export type CiFacts = Omit<Provenance, 'runner'>

/** git gives up after this: a run never waits on a hung filesystem or a credential prompt */
const GIT_TIMEOUT_MS = 3000
const MAX_BRANCH_CHARS = 200

/**
 * Where a run came from and what ran it: the CI's variables (GitHub Actions,
 * Jenkins, GitLab), else git in the working folder for what they leave out,
 * and this machine. No git, or no repository: no commit, and no complaint.
 */
export async function detectProvenance(env: Env, cwd: string): Promise<Provenance> {
  const ci = ciProvenance(env)
  const local = ci.commit && ci.branch ? {} : await gitProvenance(cwd)
  // the folder's branch names the CI's commit only when the folder has that commit checked out
  const git = ci.commit && local.commit !== ci.commit ? { commit: local.commit } : local
  return {
    ...((ci.commit ?? git.commit) ? { commit: ci.commit ?? git.commit } : {}),
    ...((ci.branch ?? git.branch) ? { branch: ci.branch ?? git.branch } : {}),
    ...(ci.ci ? { ci: ci.ci } : git.commit ? { ci: 'git' as const } : {}),
    ...(ci.run_url ? { run_url: ci.run_url } : {}),
    runner: runnerInfo()
  }
}

/** The commit, branch and run URL from a CI's own variables; empty outside the CIs known here. */
export function ciProvenance(env: Env): CiFacts {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA) {
    return facts('github', {
      commit: env.GITHUB_SHA,
      // a pull request's GITHUB_REF_NAME is `123/merge`; its head branch is what people know it by
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
      run_url: githubRunUrl(env)
    })
  }
  if (env.GITLAB_CI || env.CI_COMMIT_SHA)
    return facts('gitlab', {
      commit: env.CI_COMMIT_SHA,
      branch: env.CI_COMMIT_REF_NAME,
      run_url: env.CI_JOB_URL
    })
  if (env.JENKINS_URL || env.BUILD_URL)
    return facts('jenkins', {
      commit: env.GIT_COMMIT,
      // GIT_BRANCH (outside multibranch pipelines) names the remote too: `origin/main`
      branch:
        env.BRANCH_NAME || env.GIT_BRANCH?.replace(/^(refs\/remotes\/origin\/|origin\/|refs\/heads\/)/, ''),
      run_url: env.BUILD_URL
    })
  return {}
}

/** The page of this GitHub Actions run, when the runner says which. */
export function githubRunUrl(env: Env): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined
}

function facts(
  ci: NonNullable<CiFacts['ci']>,
  raw: { commit?: string; branch?: string; run_url?: string }
): CiFacts {
  const commit = commitId(raw.commit)
  const branch = branchName(raw.branch)
  const runUrl = publicUrl(raw.run_url)
  return {
    ci,
    ...(commit ? { commit } : {}),
    ...(branch ? { branch } : {}),
    ...(runUrl ? { run_url: runUrl } : {})
  }
}

/** `git rev-parse` in the working folder: the checked-out commit and branch, when it is a repository. */
export async function gitProvenance(cwd: string): Promise<{ commit?: string; branch?: string }> {
  const commit = commitId(await git(cwd, ['rev-parse', 'HEAD']))
  if (!commit) return {}
  const branch = await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD'])
  // a detached HEAD (what most CIs check out) has no branch: `HEAD` is no name
  return { commit, ...(branch && branch !== 'HEAD' ? { branch: branchName(branch) } : {}) }
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (err, stdout) =>
      resolve(err ? undefined : stdout.trim())
    )
  })
}

/** Only a hex object id is a commit: anything else in the variable is not written. */
function commitId(s: string | undefined): string | undefined {
  const v = s?.trim().toLowerCase()
  return v && /^[0-9a-f]{7,64}$/.test(v) ? v : undefined
}

function branchName(s: string | undefined): string | undefined {
  const v = s?.trim()
  return v ? v.slice(0, MAX_BRANCH_CHARS) : undefined
}

/** An http(s) URL without credentials: a build URL written as `https://user:token@host/…` loses them. */
function publicUrl(s: string | undefined): string | undefined {
  if (!s) return undefined
  try {
    const u = new URL(s)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
    u.username = ''
    u.password = ''
    return u.href
  } catch {
    return undefined
  }
}
