import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { InputError } from '../config/errors.js'

/**
 * The little of git that `perf-gate bisect` needs, through the `git` the
 * user has: commits named, the first-parent line between two of them, and
 * detached worktrees that leave the user's checkout, index and branches as
 * they were.
 */
const run = promisify(execFile)

export interface Commit {
  sha: string
  /** the first line of its message */
  subject: string
}

async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args], { maxBuffer: 16 << 20 })
  return stdout.trim()
}

/** The top of the repository `dir` is in; an InputError naming `field` when there is none (or no git). */
export async function repositoryRoot(dir: string, field: string): Promise<string> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel'])
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : 'not a git repository'
    throw new InputError(
      field,
      `${dir}: ${reason}; run perf-gate bisect inside the repository, or name it with --repo`
    )
  }
}

/** The commit `ref` names (a branch, tag, sha, HEAD~3); an InputError naming `field` when it names none. */
export async function resolveCommit(repo: string, ref: string, field: string): Promise<Commit> {
  let sha: string
  try {
    sha = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new InputError(
      field,
      `${JSON.stringify(ref)} names no commit in ${repo}; give a branch, tag or commit (git log --oneline shows them)`
    )
  }
  return { sha, subject: await git(repo, ['log', '-1', '--format=%s', sha]) }
}

export async function isAncestor(repo: string, older: string, newer: string): Promise<boolean> {
  try {
    await git(repo, ['merge-base', '--is-ancestor', older, newer])
    return true
  } catch {
    return false
  }
}

/** The commits after `good` up to and with `bad`, oldest first, along `bad`'s first parents (as `git bisect --first-parent`). */
export async function commitsBetween(repo: string, good: string, bad: string): Promise<Commit[]> {
  const out = await git(repo, ['log', '--reverse', '--first-parent', '--format=%H %s', `${good}..${bad}`])
  if (out === '') return []
  return out.split('\n').map((line) => {
    const space = line.indexOf(' ')
    return space < 0
      ? { sha: line, subject: '' }
      : { sha: line.slice(0, space), subject: line.slice(space + 1) }
  })
}

/** Checks `sha` out in `dir`, detached: no branch is made, and the user's own checkout is untouched. */
export async function addWorktree(repo: string, dir: string, sha: string): Promise<void> {
  await git(repo, ['worktree', 'add', '--detach', '--quiet', dir, sha])
}

/**
 * Removes a worktree and git's record of it. Synchronous, so an 'exit'
 * handler can call it too; never throws (it is the way out of a failure).
 */
export function removeWorktree(repo: string, dir: string): void {
  for (const args of [
    ['worktree', 'remove', '--force', '--force', dir],
    ['worktree', 'prune']
  ]) {
    try {
      execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' })
    } catch {
      // already gone, or the folder was removed first: prune clears the record
    }
  }
}
