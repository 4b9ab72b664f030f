import { describe, expect, it } from '@jest/globals'
import {
  commentMarker,
  commentOnPullRequest,
  findMarked,
  upsertComment,
  type CommentsApi,
  type EventPayload,
  type IssueComment
} from '../../src/action/sticky-comment.js'

/** The comments of one pull request, in memory, with every call the action made. */
function fakeApi(initial: IssueComment[] = []): CommentsApi & { comments: IssueComment[]; calls: string[] } {
  const comments = [...initial]
  const calls: string[] = []
  let next = 1
  return {
    comments,
    calls,
    list: async () => (calls.push('list'), comments),
    create: async (body) => {
      calls.push('create')
      const c = { id: next++, body }
      comments.push(c)
      return c
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const c = comments.find((x) => x.id === id)!
      c.body = body
      return c
    }
  }
}

/** A REST error as octokit throws it. */
const httpError = (status: number, message: string): Error => Object.assign(new Error(message), { status })

describe('sticky comment', () => {
  it('creates once, then updates the comment carrying its marker', async () => {
    const api = fakeApi([
      { id: 90, body: 'a human comment' },
      { id: 91, body: `${commentMarker('other', 'load')}\nold` }
    ])
    const marker = commentMarker('api', 'load')
    expect(await upsertComment(api, marker, 'first')).toEqual({ action: 'created', id: 1 })
    expect(await upsertComment(api, marker, 'second')).toEqual({ action: 'updated', id: 1 })
    expect(api.comments).toHaveLength(3)
    expect(api.comments[2].body).toBe(`${marker}\nsecond`)
    expect(api.comments[1].body).toBe(`${commentMarker('other', 'load')}\nold`)
    expect(api.calls).toEqual(['list', 'create', 'list', 'update 1'])
  })

  it('keys comments by service and mode', () => {
    expect(commentMarker('api', 'stress')).toBe('<!-- perf-gate:api:stress -->')
    expect(
      findMarked(
        [
          { id: 1, body: null },
          { id: 2, body: '<!-- perf-gate:api:load -->' }
        ],
        '<!-- perf-gate:api:stress -->'
      )
    ).toBeUndefined()
  })
})

describe('commentOnPullRequest', () => {
  const PR: EventPayload = {
    pull_request: { number: 7, head: { repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } }
  }
  function attempt(payload: EventPayload, token: string | undefined, api: CommentsApi = fakeApi()) {
    const lines: string[] = []
    const connected: [string, number][] = []
    const outcome = commentOnPullRequest({
      payload,
      token,
      marker: commentMarker('api', 'load'),
      summary: 'results',
      connect: (t, n) => (connected.push([t, n]), api),
      log: { info: (l) => lines.push(`info ${l}`), warning: (l) => lines.push(`warning ${l}`) }
    })
    return { outcome, lines, connected }
  }

  it('comments on the pull request of a pull_request event, with the token, then updates in place', async () => {
    const api = fakeApi()
    const first = attempt(PR, 'ghs_x', api)
    expect(await first.outcome).toBe('created')
    expect(first.connected).toEqual([['ghs_x', 7]])
    expect(first.lines).toEqual(['info perf-gate: created pull request comment 1'])
    expect(await attempt(PR, 'ghs_x', api).outcome).toBe('updated')
    expect(api.comments).toEqual([{ id: 1, body: `${commentMarker('api', 'load')}\nresults` }])
  })

  it('comments on the pull request an issue_comment event is about', async () => {
    const a = attempt({ issue: { number: 12, pull_request: {} } }, 'ghs_x')
    expect(await a.outcome).toBe('created')
    expect(a.connected).toEqual([['ghs_x', 12]])
  })

  it('does nothing outside pull requests (a push, or a comment on a plain issue)', async () => {
    for (const payload of [{}, { issue: { number: 3 } }]) {
      const a = attempt(payload, 'ghs_x')
      expect(await a.outcome).toBe('not_a_pull_request')
      expect(a.connected).toEqual([])
      expect(a.lines).toEqual([])
    }
  })

  it('does not try with a fork’s read-only token, and says so', async () => {
    const fork = { pull_request: { ...PR.pull_request!, head: { repo: { full_name: 'someone/r' } } } }
    const a = attempt(fork, 'ghs_x')
    expect(await a.outcome).toBe('fork')
    expect(a.connected).toEqual([])
    expect(a.lines).toEqual([expect.stringMatching(/^warning perf-gate: pull request from a fork/)])
  })

  it('without a token, warns and leaves the results in the job summary', async () => {
    const a = attempt(PR, undefined)
    expect(await a.outcome).toBe('no_token')
    expect(a.lines).toEqual([expect.stringMatching(/^warning perf-gate: no github-token/)])
  })

  it('a 403 or 404 names the missing permission; other errors are quoted; neither throws', async () => {
    for (const status of [403, 404]) {
      const denied = {
        ...fakeApi(),
        list: async () => Promise.reject(httpError(status, 'Resource not accessible'))
      }
      const a = attempt(PR, 'ghs_x', denied)
      expect(await a.outcome).toBe('failed')
      expect(a.lines).toEqual([expect.stringContaining('`permissions: pull-requests: write`')])
    }
    const down = { ...fakeApi(), create: async () => Promise.reject(httpError(502, 'Bad Gateway')) }
    const a = attempt(PR, 'ghs_x', down)
    expect(await a.outcome).toBe('failed')
    expect(a.lines).toEqual([
      'warning perf-gate: could not comment on the pull request (Bad Gateway); the job summary has the results'
    ])
  })
})
