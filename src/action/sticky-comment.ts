/**
 * One comment per service and mode on a pull request, found again by a
 * hidden marker and updated in place, so re-runs never pile up comments.
 */
export function commentMarker(service: string, mode: string): string {
  return `<!-- perf-gate:${service}:${mode} -->`
}

export interface IssueComment {
  id: number
  body?: string | null
}

/** The minimal REST surface the upsert needs; @actions/github's octokit provides it. */
export interface CommentsApi {
  list(): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
}

export function findMarked(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  return comments.find((c) => c.body?.includes(marker))
}

export async function upsertComment(
  api: CommentsApi,
  marker: string,
  body: string
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  const existing = findMarked(await api.list(), marker)
  if (existing) {
    const c = await api.update(existing.id, text)
    return { action: 'updated', id: c.id }
  }
  const c = await api.create(text)
  return { action: 'created', id: c.id }
}

/** What the event payload says about the pull request, as @actions/github's context has it. */
export interface EventPayload {
  pull_request?: {
    number: number
    head?: { repo?: { full_name?: string } }
    base?: { repo?: { full_name?: string } }
  }
  issue?: { number: number; pull_request?: unknown }
}

export interface PullRequestComment {
  payload: EventPayload
  token?: string
  marker: string
  summary: string
  /** the comments API of one pull request, authenticated with `token` */
  connect: (token: string, pullNumber: number) => CommentsApi
  log: { info: (line: string) => void; warning: (line: string) => void }
}

export type CommentOutcome = 'created' | 'updated' | 'not_a_pull_request' | 'fork' | 'no_token' | 'failed'

/**
 * Posts or updates the summary on the pull request the event is about. Never
 * fails the step: a fork's read-only token, a missing token or a missing
 * permission each get a warning naming the fix, and the job summary stays.
 */
export async function commentOnPullRequest(c: PullRequestComment): Promise<CommentOutcome> {
  const pr = c.payload.pull_request ?? (c.payload.issue?.pull_request ? c.payload.issue : undefined)
  if (!pr) return 'not_a_pull_request'
  const head = c.payload.pull_request?.head?.repo?.full_name
  const base = c.payload.pull_request?.base?.repo?.full_name
  if (head && base && head !== base) {
    c.log.warning(
      'perf-gate: pull request from a fork: its token cannot comment, so the results are in the job summary only'
    )
    return 'fork'
  }
  if (!c.token) {
    c.log.warning(
      'perf-gate: no github-token; cannot comment on the pull request (the job summary has the results)'
    )
    return 'no_token'
  }
  try {
    const r = await upsertComment(c.connect(c.token, pr.number), c.marker, c.summary)
    c.log.info(`perf-gate: ${r.action} pull request comment ${r.id}`)
    return r.action
  } catch (e) {
    const status = (e as { status?: number }).status
    c.log.warning(
      status === 403 || status === 404
        ? 'perf-gate: not allowed to comment on the pull request (the workflow needs `permissions: pull-requests: write`); the job summary has the results'
        : `perf-gate: could not comment on the pull request (${e instanceof Error ? e.message : String(e)}); the job summary has the results`
    )
    return 'failed'
  }
}
