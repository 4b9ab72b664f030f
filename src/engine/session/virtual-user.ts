import { readsBody, type Journey, type StepRules } from '../../config/session-rules.js'
import { readAnswer, type AnswerVerdict } from './read-answer.js'
import type { SessionStats } from './session-stats.js'
import type { StepRequests, ValueSource } from './step-requests.js'
import { UserCookies } from './user-cookies.js'
import type { UserPool, UserState } from './user-pool.js'

/** A body larger than this is read only this far for checks and captures. */
export const MAX_BODY_BYTES = 1 << 20

/** What every virtual user of a load generator shares. */
export interface Session {
  endpoints: readonly { rules?: StepRules }[]
  /** users walk these; unset: each sends the next request of the run's cycle */
  journeys?: readonly Journey[]
  /** the next journey to start (the weights' mix, across all users) */
  nextJourney: () => number
  /** plain endpoints: the run's next request (cycle index) and its endpoint */
  nextInCycle: () => number
  endpointOf: (cycleIndex: number) => number
  requests: StepRequests
  /** scheme, host and port: the jar matches cookies on it and the path */
  origin: string
  cookies: boolean
  /** data columns by name */
  columns: ReadonlyMap<string, number>
  /** `order: per_user`: the new user's row; else undefined */
  userRow: () => string[] | undefined
  /** another order: the row one request reads */
  requestRow: () => string[] | undefined
  stats: SessionStats
  random: () => number
  /** users that go on from an earlier run (an A/B side's slices); unset: each user is new */
  pool?: UserPool
}

/**
 * One virtual user: a session with its own captured values, cookies and
 * data row, walking a journey (its once-steps first, in its first iteration
 * only, then the looped steps again and again) or the run's endpoints, and
 * pausing after each answer for its think time. It only decides; the
 * connection it owns sends, times and records.
 *
 * Once-steps are once in the life of a user that passed them: a user whose
 * login failed has no session to browse with, so it sends them again at its
 * next iteration (a real user tries again), and each such failure is counted
 * (`once_failures`) so that no view shows the retries as ordinary logins.
 */
export class VirtualUser implements ValueSource {
  private readonly values: Map<string, string>
  private readonly jar?: UserCookies
  private readonly row?: string[]
  private rowOfRequest?: string[]
  private rowTaken = false
  /** the journey of the running iteration, -1 between iterations */
  private journey = -1
  private pos = 0
  private readonly loggedIn: Set<number>
  private onceFailed = false
  private iterationUs = 0
  private iterationFailed = false
  /** the endpoint in flight, its URL (for cookies) and what its answer said so far */
  private ep = -1
  private url = ''
  private body: Buffer[] = []
  private bodyBytes = 0
  private wantBody = false
  private headers: readonly string[] = []
  private pause = 0
  private sent = false

  constructor(private readonly s: Session) {
    const state = s.pool ? s.pool.take(() => newUser(s)) : newUser(s)
    this.values = state.values
    this.loggedIn = state.loggedIn
    if (state.jar) this.jar = state.jar
    if (state.row) this.row = state.row
  }

  /** The cycle index of the request to send now (for journeys, its endpoint index). */
  next(): number {
    if (!this.sent) {
      this.sent = true
      this.s.stats.users++
    }
    const journeys = this.s.journeys
    if (!journeys) return this.s.nextInCycle()
    if (this.journey < 0) {
      this.journey = this.s.nextJourney()
      const j = journeys[this.journey]
      this.pos = this.loggedIn.has(this.journey) ? j.once : 0
      this.onceFailed = false
      this.iterationUs = 0
      this.iterationFailed = false
    }
    return journeys[this.journey].steps[this.pos]
  }

  /** Whether the next request begins an iteration: under `--rps`, what the schedule starts. */
  get betweenIterations(): boolean {
    return !this.s.journeys || this.journey < 0
  }

  /** The pause owed before the next request, in ms (taken: a second call gives 0). */
  takePause(): number {
    const p = this.pause
    this.pause = 0
    return p
  }

  /** The bytes of request `cycleIndex`, for this user. */
  render(cycleIndex: number): Buffer {
    const ep = this.s.endpointOf(cycleIndex)
    this.ep = ep
    this.rowTaken = false
    this.body = []
    this.bodyBytes = 0
    this.headers = []
    this.wantBody = readsBody(this.s.endpoints[ep].rules)
    const path = this.s.requests.path(ep, this)
    this.url = this.s.origin + path
    return this.s.requests.render(ep, path, this, this.jar?.header(this.url) ?? '')
  }

  /** A value for `{{name}}`: captured by this user, else its data row's. */
  value(name: string): string | undefined {
    const v = this.values.get(name)
    if (v !== undefined) return v
    const c = this.s.columns.get(name)
    if (c === undefined) return undefined
    if (this.row) return this.row[c]
    if (!this.rowTaken) {
      this.rowTaken = true
      this.rowOfRequest = this.s.requestRow()
    }
    return this.rowOfRequest?.[c]
  }

  /**
   * `{{name}}` in a check's expected text: the answer's own captures first
   * (they are this user's values from now on), else this user's values.
   * Only names: the config refuses generators and names without a source here.
   */
  private readonly fillText = (text: string, captured: readonly [string, string][]): string =>
    text.includes('{{')
      ? text.replace(
          /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g,
          (_, name: string) => captured.find(([n]) => n === name)?.[1] ?? this.value(name) ?? ''
        )
      : text

  onHeaders(headers: readonly string[]): void {
    this.headers = headers
    if (!this.jar) return
    const set: string[] = []
    for (let i = 0; i < headers.length; i += 2)
      if (headers[i].length === 10 && headers[i].toLowerCase() === 'set-cookie') set.push(headers[i + 1])
    if (set.length > 0) this.jar.store(set, this.url)
  }

  onBody(chunk: Buffer, start: number, length: number): void {
    if (!this.wantBody || this.bodyBytes >= MAX_BODY_BYTES) return
    const take = Math.min(length, MAX_BODY_BYTES - this.bodyBytes)
    // a copy: the parser's buffer is the socket's, reused for the next chunk
    this.body.push(Buffer.from(chunk.subarray(start, start + take)))
    this.bodyBytes += take
  }

  /**
   * The answer came: its rules read it (captures, checks), and the user
   * moves on. Undefined when the step has no rules (the status decides).
   */
  answered(status: number, latencyUs: number, statusOk: boolean): AnswerVerdict | undefined {
    const ep = this.ep
    const rules = this.s.endpoints[ep]?.rules
    let verdict: AnswerVerdict | undefined
    if (rules) {
      verdict = readAnswer(
        rules,
        {
          status,
          headers: this.headers,
          ...(this.wantBody ? { body: Buffer.concat(this.body).toString('utf8') } : {}),
          latencyUs
        },
        this.fillText
      )
      for (const [name, value] of verdict.values) this.values.set(name, value)
      for (const r of verdict.results) this.s.stats.check(ep, r.label, r.passed)
    }
    this.body = []
    const ok = verdict ? verdict.failed === undefined && (verdict.statusChecked || statusOk) : statusOk
    this.moveOn(ok, latencyUs)
    return verdict
  }

  /** No answer came (a timeout, a closed connection): the step failed. */
  failed(latencyUs: number): void {
    this.body = []
    this.moveOn(false, latencyUs)
  }

  private moveOn(ok: boolean, latencyUs: number): void {
    const rules = this.s.endpoints[this.ep]?.rules
    if (rules?.think) {
      const { minSec, maxSec } = rules.think
      this.pause = (minSec + this.s.random() * (maxSec - minSec)) * 1000
    }
    const journeys = this.s.journeys
    if (!journeys || this.journey < 0) return
    const j = journeys[this.journey]
    const once = this.pos < j.once
    if (once) {
      this.onceFailed ||= !ok
      // the once-steps end here (the last passed, or a restart cuts them short): a failure counts once
      if (this.onceFailed && (this.pos + 1 === j.once || (!ok && rules?.onFail !== 'continue')))
        this.s.stats.onceFailed(this.journey)
    } else {
      this.iterationUs += latencyUs
      this.iterationFailed ||= !ok
    }
    this.pos++
    if (this.pos === j.once && !this.onceFailed) this.loggedIn.add(this.journey)
    if (!ok && rules && rules.onFail !== 'continue') {
      if (!once) this.s.stats.iteration(this.journey, this.iterationUs, 'restarted')
      if (rules.onFail === 'login') this.forgetSession()
      this.journey = -1
    } else if (this.pos === j.steps.length) {
      this.s.stats.iteration(this.journey, this.iterationUs, this.iterationFailed ? 'failed' : 'ok')
      this.journey = -1
    }
  }

  /**
   * A new session for the same person: captured values and cookies go, the
   * data row (its credentials) stays, and every journey's once-steps run again.
   */
  private forgetSession(): void {
    this.values.clear()
    this.jar?.clear()
    this.loggedIn.clear()
  }
}

function newUser(s: Session): UserState {
  const row = s.userRow()
  return {
    values: new Map(),
    loggedIn: new Set(),
    ...(s.cookies ? { jar: new UserCookies() } : {}),
    ...(row ? { row } : {})
  }
}
