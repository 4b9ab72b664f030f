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
