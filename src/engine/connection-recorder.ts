import { classifySocketError, classifyStatus } from './error-types.js'
import type { AutocannonClient, ParsedHeaders } from './autocannon-client.js'
import type { Recorder } from './recorder.js'

/**
 * Hooks one autocannon connection so that every request it sends ends as
 * exactly one record: a response, a socket error, a timeout, or a connection
 * the server closed before answering. The request in flight is tracked here,
 * because autocannon's own error events carry no endpoint.
 */
export interface ConnectionHandle {
  /** a request of this connection is in flight */
  busy(): boolean
}

export function recordConnection(
  client: AutocannonClient,
  recorder: Recorder,
  nowUs: () => number,
  /** the stage a request belongs to, read when it is sent */
  stage: () => number,
  /** once true, the connection sends nothing new and only finishes what is in flight */
  draining: () => boolean
): ConnectionHandle {
  let pending = false
  let pendingEp = 0
  let pendingSend = 0
  let pendingStage = 0
  let pendingHead = false
  // a request autocannon re-sent over: after a timeout it reconnects and sends the next one before telling us
  let orphan = false
  let orphanEp = 0
  let orphanSend = 0
  let orphanStage = 0
  let serverClosing = false

  const origDoRequest = client._doRequest
  client._doRequest = function (this: AutocannonClient) {
    if (!draining()) origDoRequest.call(this)
  }

  const origGetRequestBuffer = client.getRequestBuffer
  client.getRequestBuffer = function (this: AutocannonClient) {
    if (pending) {
      orphan = true
      orphanEp = pendingEp
      orphanSend = pendingSend
      orphanStage = pendingStage
    }
    pending = true
    pendingEp = this.requestIterator.currentRequest.ep
    pendingSend = nowUs()
    pendingStage = stage()
    pendingHead = this.requestIterator.currentRequest.method === 'HEAD'
    return origGetRequestBuffer.call(this)
  }

  client.on('headers', (h: ParsedHeaders) => {
    serverClosing = h.shouldKeepAlive === false
  })

  client.on('response', (status: number, bytes: number) => {
    if (!pending) return
    pending = false
    const type = classifyStatus(status)
    const errorId = type ? recorder.errorId(type, `HTTP ${status}`) : 0
    const t = nowUs()
    recorder.add(pendingSend, t - pendingSend, pendingEp, status, errorId, bytes, pendingStage)
  })

  client.on('connError', (err: NodeJS.ErrnoException) => {
    if (!pending) return
    pending = false
    const type = classifySocketError(err)
    const t = nowUs()
    recorder.add(
      pendingSend,
      t - pendingSend,
      pendingEp,
      0,
      recorder.errorId(type, err.code ?? err.message),
      0,
      pendingStage
    )
  })

  client.on('timeout', () => {
    const t = nowUs()
    const id = recorder.errorId('timeout', 'request timed out')
    if (orphan) {
      orphan = false
      recorder.add(orphanSend, t - orphanSend, orphanEp, 0, id, 0, orphanStage)
    } else if (pending) {
      // under a rate quota autocannon may not have sent the next request yet
      pending = false
      recorder.add(pendingSend, t - pendingSend, pendingEp, 0, id, 0, pendingStage)
    }
  })

  const origConnect = client._connect
  let parserHooked = false
  client._connect = function (this: AutocannonClient) {
    if (!parserHooked) {
      // autocannon's parser does not know a HEAD answer has no body and would wait for the
      // Content-Length bytes until the timeout; returning true from onHeadersComplete skips it,
      // as Node's own HTTP client does. (Hooked here: autocannon sets its handlers after setupClient.)
      parserHooked = true
      const K = (this.parser.constructor as unknown as { kOnHeadersComplete: number }).kOnHeadersComplete
      const onHeadersComplete = this.parser[K] as (...a: unknown[]) => unknown
      this.parser[K] = function (this: unknown, ...a: unknown[]) {
        const r = onHeadersComplete.apply(this, a)
        return pendingHead ? true : r
      }
    }
    origConnect.call(this)
    this.conn.prependListener('end', () => {
      if (!pending) return
      pending = false
      if (serverClosing) return // the server said Connection: close; autocannon re-sends on a new socket
      const t = nowUs()
      recorder.add(
        pendingSend,
        t - pendingSend,
        pendingEp,
        0,
        recorder.errorId('connection_reset', 'connection closed by the server before a response'),
        0,
        pendingStage
      )
    })
  }
  return { busy: () => pending || orphan }
}
