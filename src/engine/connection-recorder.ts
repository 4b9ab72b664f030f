import {
  classifySocketError,
  classifyStatus,
  MAX_RETRY_AFTER_MESSAGES,
  RATE_LIMITED_VARIED,
  rateLimitedMessage,
  type ErrorType
} from './error-types.js'
import { leanResponses, reportMalformed, resetParser, type AutocannonClient } from './autocannon-client.js'
import type { Pacer } from './pacer.js'
import type { Recorder } from './recorder.js'
import type { RequestRenderer } from './request-renderer.js'
import type { VirtualUser } from './session/virtual-user.js'
import type { AnswerVerdict } from './session/read-answer.js'

/**
 * Hooks one autocannon connection so that every request it sends ends as
 * exactly one record: a response, a socket error, a timeout, or a connection
 * the server closed before answering. The request in flight is tracked here,
 * because autocannon's own error events carry no endpoint.
 */
export interface ConnectionHandle {
  /** a request of this connection is in flight */
  busy(): boolean
  /** settles when the socket first connects, or first fails to */
  connected: Promise<void>
}

export interface ConnectionHooks {
  recorder: Recorder
  nowUs: () => number
  /** the stage a request belongs to, read when it is sent */
  stage: () => number
  /** once false, the connection sends nothing new and only finishes what is in flight */
  maySend: () => boolean
  /** under a rate: the connection asks the pacer for each request instead of sending at once */
  pacer?: Pacer
  /** requests with placeholders: their bytes are rendered per send (the others keep autocannon's) */
  renderer?: RequestRenderer
  /** after a send that used a `unique` data file's last row */
  onExhausted?: () => void
  /** the run's position in the request cycle: each request this connection sends is the next one there */
  nextInCycle?: () => number
  /** the virtual user this connection is (sessions): it picks, renders and reads each request */
  user?: VirtualUser
}

/** An idle paced connection must not time out while it waits for its next due request. */
const IDLE_TIMEOUT_MS = 2 ** 31 - 1

export function recordConnection(client: AutocannonClient, hooks: ConnectionHooks): ConnectionHandle {
  const { recorder, nowUs, stage, maySend, pacer, nextInCycle, user } = hooks
  let [pending, pendingEp, pendingSend, pendingStage, pendingHead] = [false, 0, 0, 0, false]
  /** µs the pending request waited past its due time (paced runs) */
  let pendingWait = 0
  /** the due time of the request the pacer just handed over */
  let nextDue: number | undefined
  // a request autocannon re-sent over: after a timeout it reconnects and sends the next one before telling us
  let [orphan, orphanEp, orphanSend, orphanStage, orphanWait, orphanHeadersSeen] = [false, 0, 0, 0, 0, false]
  let serverClosing = false
  /** the pending request's response headers have arrived (a timeout then is one in the body) */
  let headersSeen = false
  /** a 429's Retry-After header (read for 429s only: the others' headers are not looked at) */
  let retryAfter: string | undefined

  if (user) followCycle(client, () => user.next())
  else if (nextInCycle) followCycle(client, nextInCycle)
  gateSending(client, maySend, pacer, (lateSinceUs) => (nextDue = lateSinceUs), user)

  const origGetRequestBuffer = client.getRequestBuffer
  client.getRequestBuffer = function (this: AutocannonClient) {
    if (pending) {
      orphan = true
      orphanEp = pendingEp
      orphanSend = pendingSend
      orphanStage = pendingStage
      orphanWait = pendingWait
      orphanHeadersSeen = headersSeen
    }
    pending = true
    pendingEp = this.requestIterator.currentRequest.ep
    const now = nowUs()
    pendingSend = nextDue ?? now
    pendingWait = nextDue === undefined ? 0 : Math.max(0, now - nextDue)
    nextDue = undefined
    pendingStage = stage()
    pendingHead = this.requestIterator.currentRequest.method === 'HEAD'
    headersSeen = false
    return requestBytes(hooks, this.requestIterator.currentRequestIndex, pendingEp, () =>
      origGetRequestBuffer.call(this)
    )
  }

  client.on('response', (status: number, bytes: number) => {
    if (!pending) return
    pending = false
    const t = nowUs()
    const errorId = userAnswerErrorId(recorder, answerErrorId(recorder, status, retryAfter), (ok) =>
      user?.answered(status, t - pendingSend, ok)
    )
    recorder.add(pendingSend, t - pendingSend, pendingEp, status, errorId, bytes, pendingStage, pendingWait)
  })

  /** Ends the request in flight, if any, as one failed record. */
  const failPending = (type: ErrorType, message: string): void => {
    if (!pending) return
    pending = false
    const t = nowUs()
    user?.failed(t - pendingSend)
    const id = recorder.errorId(type, message)
    recorder.add(pendingSend, t - pendingSend, pendingEp, 0, id, 0, pendingStage, pendingWait)
  }

  client.on('connError', (err: NodeJS.ErrnoException) =>
    failPending(classifySocketError(err), err.code ?? err.message)
  )

  client.on('timeout', () => {
    const t = nowUs()
    const message = (inBody: boolean): string =>
      inBody ? 'timed out receiving the body' : 'request timed out'
    if (orphan) {
      orphan = false
      user?.failed(t - orphanSend)
      const id = recorder.errorId('timeout', message(orphanHeadersSeen))
      recorder.add(orphanSend, t - orphanSend, orphanEp, 0, id, 0, orphanStage, orphanWait)
    } else failPending('timeout', message(headersSeen)) // a paced connection may not have sent its next one yet
  })

  let onConnected!: () => void
  const connected = new Promise<void>((r) => (onConnected = r))
  client.once('connError', () => onConnected())
  const origConnect = client._connect
  let parserHooked = false
  client._connect = function (this: AutocannonClient) {
    // (hooked here: autocannon sets its parser handlers after setupClient)
    if (!parserHooked) {
      leanResponses(
        this,
        (h) => {
          serverClosing = h.shouldKeepAlive === false
          headersSeen = true
          retryAfter = h.statusCode === 429 ? headerValue(h.headers, 'retry-after') : undefined
          user?.onHeaders(h.headers)
          return pendingHead
        },
        user && ((chunk, start, length) => user.onBody(chunk, start, length))
      )
      reportMalformed(this, (e) => {
        failPending('malformed_response', `malformed response (${e.code ?? e.message})`)
        // the rest of this connection's bytes cannot be framed: start again on a new one
        this._resetConnection()
      })
    } else resetParser(this)
    parserHooked = true
    origConnect.call(this)
    this.conn.once('connect', onConnected)
    this.conn.prependListener('end', () => {
      // the server said Connection: close; autocannon re-sends on a new socket
      if (serverClosing) pending = false
      else failPending('connection_reset', 'connection closed by the server before a response')
    })
  }
  return { busy: () => pending || orphan, connected }
}

/**
 * The connection's requests come from the run's cycle position instead of
 * its own walk through the cycle. autocannon moves on (`nextRequest`) before
 * every request but a connection's first, which is therefore taken here, as
 * it is sent: a connection that never sends takes no place in the mix.
 */
function followCycle(client: AutocannonClient, nextInCycle: () => number): void {
  const it = client.requestIterator
  const move = (): AutocannonClient['requestIterator']['currentRequest'] => {
    it.currentRequestIndex = nextInCycle()
    it.currentRequest = it.requests[it.currentRequestIndex]
    return it.currentRequest
  }
  it.nextRequest = move
  const origDoRequest = client._doRequest
  client._doRequest = function (this: AutocannonClient) {
    if (this.reqsMade === 0) move()
    return origDoRequest.call(this)
  }
}

/**
 * Whether and when the connection sends: nothing once `maySend` turns false;
 * a virtual user's think time first; under a pacer, each request (each
 * journey's first) waits for the pacer's word (`onPacedSend` learns since when
 * a late one was due), and an idle connection does not time out.
 */
function gateSending(
  client: AutocannonClient,
  maySend: () => boolean,
  pacer: Pacer | undefined,
  onPacedSend: (lateSinceUs: number | undefined) => void,
  user: VirtualUser | undefined
): void {
  const origDoRequest = client._doRequest
  const paced = {
    send(lateSinceUs: number | undefined): boolean {
      if (!maySend()) return false
      onPacedSend(lateSinceUs)
      origDoRequest.call(client)
      return true
    }
  }
  let thinking: NodeJS.Timeout | undefined
  client._doRequest = function (this: AutocannonClient) {
    // (a reconnect asks again while the user pauses: the pause's end sends)
    if (!maySend() || thinking) return
    const pause = user?.takePause() ?? 0
    if (pause > 0) {
      this.timeoutTicker.reschedule(IDLE_TIMEOUT_MS)
      thinking = setTimeout(() => {
        thinking = undefined
        if (!this.destroyed) this._doRequest()
      }, pause)
      // a run that ends while users pause waits for none of them
      thinking.unref()
      return
    }
    // under a rate the schedule starts iterations; a user inside one goes on at its own pace
    if (!pacer || (user && !user.betweenIterations)) return origDoRequest.call(this)
    this.timeoutTicker.reschedule(IDLE_TIMEOUT_MS)
    pacer.ready(paced)
  }
}

/**
 * The bytes of the request about to go out: a virtual user's own, a request
 * with placeholders rendered now, or autocannon's prebuilt ones.
 */
function requestBytes(
  { renderer, onExhausted, user }: ConnectionHooks,
  cycleIndex: number,
  ep: number,
  prebuilt: () => Buffer
): Buffer {
  if (!user && !renderer?.isDynamic(ep)) return prebuilt()
  const bytes = user ? user.render(cycleIndex) : renderer!.render(ep)
  if (renderer?.exhausted) onExhausted?.()
  return bytes
}

/**
 * A virtual user's verdict on the answer: a failed check makes it a failure
 * of its own type; a status check decides on its own what status passes
 * (a 404 the step expects is a success).
 */
function userAnswerErrorId(
  recorder: Recorder,
  statusErrorId: number,
  answered: (statusOk: boolean) => AnswerVerdict | undefined
): number {
  const verdict = answered(statusErrorId === 0)
  if (!verdict) return statusErrorId
  if (verdict.failed !== undefined && (statusErrorId === 0 || verdict.statusChecked))
    return recorder.errorId('check_failed', `check failed: ${verdict.failed}`)
  return verdict.statusChecked ? 0 : statusErrorId
}

/** 0 for a success; a 429 keeps its Retry-After, within a bounded number of messages. */
function answerErrorId(recorder: Recorder, status: number, retryAfter: string | undefined): number {
  const type = classifyStatus(status)
  if (!type) return 0
  if (type !== 'rate_limited') return recorder.errorId(type, `HTTP ${status}`)
  const message = rateLimitedMessage(retryAfter, Date.now())
  return recorder.boundedErrorId(type, message, MAX_RETRY_AFTER_MESSAGES, RATE_LIMITED_VARIED)
}

function headerValue(headers: readonly string[], name: string): string | undefined {
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === name) return headers[i + 1]
  return undefined
}
