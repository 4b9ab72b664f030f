/**
 * The parts of autocannon's per-connection Client that the recorder hooks.
 * They are internals (not in @types/autocannon), verified against autocannon 9.0.0
 * lib/httpClient.js and lib/requestIterator.js; tests in __tests__/engine catch a
 * change of behaviour.
 */
import type { EventEmitter } from 'node:events'
import type { TaggedRequest } from './request-plan.js'

export interface AutocannonClient extends EventEmitter {
  /** per-request timeout in ms, read when each request is written */
  timeout: number
  requestIterator: {
    currentRequest: TaggedRequest
    currentRequestIndex: number
    requests: TaggedRequest[]
    /** moves to the connection's next request; autocannon calls it before every request but a connection's first */
    nextRequest(): TaggedRequest
    /** deep-clones the (unused) request context each time the request cycle wraps */
    resetContext(): void
  }
  /** the requests written and not yet answered; holds each one's parsed headers */
  pipelinedRequests: { setHeaders(headers: ParsedHeaders): void }
  /** called right before each request is written to the socket */
  getRequestBuffer(): Buffer
  /** sends the next request of the cycle, unless a rate quota holds it back */
  _doRequest(): void
  /** requests written on this client so far (its first is sent without `nextRequest`) */
  reqsMade: number
  /** re-armed with the timeout whenever a request is written */
  timeoutTicker: { reschedule(ms: number): void }
  /** (re)opens the socket; called on start, after errors, timeouts and server closes */
  _connect(): void
  conn: EventEmitter
  /** http-parser-js instance; handlers live at the numeric indexes of its constructor's k* constants */
  parser: Record<number, unknown> & {
    /** returns an Error (does not throw) when the bytes are no HTTP response; autocannon ignores it */
    execute(chunk: Buffer): unknown
    /** the constructor run again: parse state reset, handlers kept */
    reinitialize(type: string): void
  }
  /** closes the socket, forgets requests in flight, connects again */
  _resetConnection(): void
  /** set once the client is stopped: it must not connect again */
  destroyed: boolean
}

/** What the parser reports when a response's headers are complete. */
export interface ParsedHeaders {
  statusCode: number
  /** name, value, name, value… as received */
  headers: string[]
  shouldKeepAlive?: boolean
}

interface ParserConstants {
  kOnHeadersComplete: number
  kOnBody: number
  RESPONSE: string
}

/**
 * autocannon keeps one parser per client across reconnects: after a timeout
 * in the middle of a body, the next connection's response would be read as
 * the rest of that body (a response with no status, "HTTP undefined"). Call
 * before each new connection.
 */
export function resetParser(client: AutocannonClient): void {
  client.parser.reinitialize((client.parser.constructor as unknown as ParserConstants).RESPONSE)
}

/**
 * Bytes that are no HTTP response make the parser return an error, which
 * autocannon drops: the request would wait for its timeout and count as one.
 * `onMalformed` hears of it at once.
 */
export function reportMalformed(
  client: AutocannonClient,
  onMalformed: (e: Error & { code?: string }) => void
): void {
  const parser = client.parser
  const execute = parser.execute
  parser.execute = function (chunk: Buffer) {
    const r = execute.call(this, chunk)
    if (r instanceof Error) onMalformed(r)
    return r
  }
}

/**
 * Trims the per-response work autocannon does for features perf-gate does not
 * use, once its parser handlers are set (they are, after `setupClient`, by the
 * time the client first connects):
 * - the body: autocannon copies every body into a string (for `expectBody`,
 *   `verifyBody` and `onResponse`, none used here); byte counts come from the
 *   socket, so they are unchanged;
 * - the request context: deep-cloned whenever the request cycle wraps (every
 *   request, for a single endpoint), read only by `setupRequest`/`onResponse`;
 * - the `headers` event: `onHeaders` is called directly instead; returning
 *   true tells the parser the response has no body (a HEAD answer), as Node's
 *   own HTTP client does, where autocannon would wait for Content-Length bytes
 *   until the timeout.
 */
export function leanResponses(
  client: AutocannonClient,
  onHeaders: (h: ParsedHeaders) => boolean,
  /** the body's bytes, for a virtual user whose checks or captures read it (chunk[start, start + length)) */
  onBody?: (chunk: Buffer, start: number, length: number) => void
): void {
  const K = client.parser.constructor as unknown as ParserConstants
  const queue = client.pipelinedRequests
  client.parser[K.kOnHeadersComplete] = (h: ParsedHeaders): boolean => {
    queue.setHeaders(h)
    return onHeaders(h)
  }
  client.parser[K.kOnBody] = onBody ?? noBody
  client.requestIterator.resetContext = noContext
}

function noBody(): void {}
function noContext(): void {}
