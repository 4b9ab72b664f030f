import http from 'node:http'
import https from 'node:https'
import { UnreachableError } from '../config/errors.js'
import { headerValueProblem } from '../config/http-grammar.js'
import { atJsonPath } from '../config/json-path.js'
import { setupHeaders, type SetupRequest, type Target } from '../config/resolve.js'
import type { TlsSettings } from '../config/tls.js'
import { fillOnce } from '../engine/request-renderer.js'
import { tlsConnectOptions, tlsFailure } from '../engine/tls-verify.js'
import { redactText } from '../report/redact.js'
import { answerSnippet, requestCredentials } from './setup-answer.js'

/** A setup answer larger than this is no login response; reading stops there. */
const MAX_SETUP_BODY = 2 ** 20

interface Answer {
  status: number
  body: string
  /** the answer went past MAX_SETUP_BODY: `body` is its first 1 MiB, and reading stopped there */
  capped: boolean
}

/**
 * Sends the target's setup requests once, in order, before any load, and
 * returns the values they captured (each a secret from then on). A request
 * that fails, answers anything but 2xx, or lacks a value to capture throws
 * UnreachableError (exit 3) saying which and why; no value is ever shown.
 */
export async function runSetup(
  target: Target,
  timeoutSec: number,
  signal?: AbortSignal
): Promise<Record<string, string>> {
  const values: Record<string, string> = {}
  const base = new URL(target.baseUrl)
  for (const step of target.workload?.setup ?? []) {
    // earlier captures fill this request; generators ({{uuid}}) too
    const headers = setupHeaders(step, Object.keys(values))
    const request = { method: step.method, ...fillOnce({ ...step, headers, weight: 1 }, values) }
    // the run's secrets, the values captured so far, and what the request holds literally
    // (a password in its body or query): the step's name shows its path as written, too
    const secrets = [...target.secrets, ...Object.values(values), ...requestCredentials(request)]
    const fail = (message: string): never => {
      throw new UnreachableError(redactText(message, secrets))
    }
    // a signal between two requests stops the run as it would mid-request
    if (signal?.aborted) fail(stoppedBySignal(step.name, target.service))
    const answer = await send(base, request, { timeoutSec, tls: target.tls, signal }).catch(
      (e: Error & { code?: string }) => {
        // Node says ABORT_ERR: the user pressed Ctrl-C, nothing failed
        if (signal?.aborted) fail(stoppedBySignal(step.name, target.service))
        return fail(
          `❌ setup ${step.name} of ${target.service} failed: ${tlsFailure(e) ?? e.code ?? e.message}`
        )
      }
    )
    if (answer.status < 200 || answer.status > 299)
      fail(
        `❌ setup ${step.name} of ${target.service} answered HTTP ${answer.status}${snippet(answer.body, secrets)}; the load was not started`
      )
    try {
      Object.assign(values, capture(step, answer, target.service))
    } catch (e) {
      fail((e as Error).message)
    }
  }
  return values
}

/** The same words as a signal during the load ("stopped by signal"), and exit 3 like it. */
function stoppedBySignal(step: string, service: string): string {
  return `❌ stopped by signal during setup ${step} of ${service}; the load was not started`
}

function capture(step: SetupRequest, answer: Answer, service: string): Record<string, string> {
  const names = Object.keys(step.capture)
  if (names.length === 0) return {}
  const fail = (why: string): never => {
    throw new UnreachableError(`❌ setup ${step.name} of ${service}: ${why}; the load was not started`)
  }
  // its first 1 MiB would not parse either: say why rather than "not JSON"
  if (answer.capped) fail(`the answer is larger than 1 MiB, so ${names.join(', ')} cannot be captured`)
  const body = answer.body
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    fail(`the answer is not JSON, so ${names.join(', ')} cannot be captured`)
  }
  const out: Record<string, string> = {}
  for (const name of names) {
    const { path, steps } = step.capture[name]
    const v = atJsonPath(doc, steps)
    if (v === undefined || v === null || typeof v === 'object')
      fail(
        `capture ${name}: ${v === undefined || v === null ? 'nothing' : 'an object, not a value,'} at ${path} in the answer`
      )
    const text = String(v)
    // it may go into a header: a CR/LF there would start another one
    if (headerValueProblem(text)) fail(`capture ${name}: the value ${headerValueProblem(text)}`)
    out[name] = text
  }
  return out
}

/** A failed answer's body, one bounded redacted line: usually says why. */
function snippet(body: string, secrets: readonly string[]): string {
  const line = answerSnippet(body, secrets)
  return line ? `: ${line}` : ''
}

interface OneRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

/**
 * Sends one request on its own connection (verified as the load's are) and
 * reads the answer. `timeoutSec` bounds the whole exchange, not idle time: a
 * server that drips a byte a second never lets a socket timeout fire. The
 * body is read up to MAX_SETUP_BODY, then the connection is closed.
 */
function send(
  base: URL,
  request: OneRequest,
  options: { timeoutSec: number; tls?: TlsSettings; signal?: AbortSignal }
): Promise<Answer> {
  const secure = base.protocol === 'https:'
  const host = base.hostname.replace(/^\[|\]$/g, '')
  const { timeoutSec } = options
  return new Promise<Answer>((resolve, reject) => {
    // the whole exchange, connection to last byte
    const timer = setTimeout(() => {
      const e = new Error(`no complete answer within ${timeoutSec} s (timeout)`)
      reject(e)
      req.destroy(e)
    }, timeoutSec * 1000)
    const settle = (fn: () => void): void => {
      clearTimeout(timer)
      fn()
    }
    const req = (secure ? https : http).request(
      {
        host,
        port: base.port || (secure ? 443 : 80),
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent: false,
        signal: options.signal,
        ...(secure ? tlsConnectOptions(host, options.tls) : {})
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const answer = (capped: boolean): Answer => ({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          capped
        })
        res.on('data', (c: Buffer) => {
          if (size > MAX_SETUP_BODY) return // capped already: a chunk still in flight
          const room = MAX_SETUP_BODY - size
          size += c.length
          chunks.push(room < c.length ? c.subarray(0, room) : c)
          if (size <= MAX_SETUP_BODY) return
          // enough: the rest is not read, whatever its length
          settle(() => resolve(answer(true)))
          req.destroy()
        })
        res.on('end', () => settle(() => resolve(answer(false))))
        res.on('error', (e) => settle(() => reject(e)))
        // closed before its end (the signal, the timer): never left pending
        res.on('close', () =>
          settle(() => reject(Object.assign(new Error('the answer was cut short'), { code: 'ECONNRESET' })))
        )
      }
    )
    req.on('error', (e) => settle(() => reject(e)))
    req.end(request.body)
  })
}
