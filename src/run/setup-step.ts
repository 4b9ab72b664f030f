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
    const answer = await send(base, request, { timeoutSec, tls: target.tls, signal }).catch(
      (e: Error & { code?: string }) =>
        fail(`❌ setup ${step.name} of ${target.service} failed: ${tlsFailure(e) ?? e.code ?? e.message}`)
    )
    if (answer.status < 200 || answer.status > 299)
      fail(
        `❌ setup ${step.name} of ${target.service} answered HTTP ${answer.status}${snippet(answer.body, secrets)}; the load was not started`
      )
    try {
      Object.assign(values, capture(step, answer.body, target.service))
    } catch (e) {
      fail((e as Error).message)
    }
  }
  return values
}

function capture(step: SetupRequest, body: string, service: string): Record<string, string> {
  const names = Object.keys(step.capture)
  if (names.length === 0) return {}
  const fail = (why: string): never => {
    throw new UnreachableError(`❌ setup ${step.name} of ${service}: ${why}; the load was not started`)
  }
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

/** Sends one request on its own connection (verified as the load's are) and reads the answer. */
function send(
  base: URL,
  request: OneRequest,
  options: { timeoutSec: number; tls?: TlsSettings; signal?: AbortSignal }
): Promise<Answer> {
  const secure = base.protocol === 'https:'
  const host = base.hostname.replace(/^\[|\]$/g, '')
  const { timeoutSec } = options
  return new Promise<Answer>((resolve, reject) => {
    const req = (secure ? https : http).request(
      {
        host,
        port: base.port || (secure ? 443 : 80),
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent: false,
        signal: options.signal,
        timeout: timeoutSec * 1000,
        ...(secure ? tlsConnectOptions(host, options.tls) : {})
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (c: Buffer) => {
          size += c.length
          if (size <= MAX_SETUP_BODY) chunks.push(c)
        })
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
        )
        res.on('error', reject)
      }
    )
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer within ${timeoutSec}s`), { code: 'timeout' }))
    )
    req.on('error', reject)
    req.end(request.body)
  })
}
