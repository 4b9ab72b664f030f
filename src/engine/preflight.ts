import { connect as netConnect, type Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { UnreachableError } from '../config/errors.js'
import type { Target } from '../config/resolve.js'
import { classifySocketError } from './error-types.js'
import { tlsConnectOptions, tlsFailure } from './tls-verify.js'

type Outcome = { ok: true } | { ok: false; error: Error & { code?: string } }

/** Nothing listens there (refused, unroutable, no such host, no connection in time): the seed's "not running". */
function notThere(error: { code?: string }): boolean {
  const type = classifySocketError(error)
  return type === 'connection_refused' || type === 'dns' || error.code === 'ETIMEDOUT'
}

/**
 * Whether the target's port takes connections, before any load: without
 * this, autocannon would spin on refused connections. Only the connection
 * is tried (and, for https, the certificate), no request: a service that
 * accepts connections and then hangs, resets or answers garbage is running
 * and broken, and the load test is what measures that.
 */
export async function checkReachable(target: Target, timeoutSec: number): Promise<void> {
  const url = new URL(target.baseUrl)
  const secure = url.protocol === 'https:'
  const port = Number(url.port) || (secure ? 443 : 80)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const outcome = await new Promise<Outcome>((resolve) => {
    const socket: Socket = secure
      ? tlsConnect({ port, host, ...tlsConnectOptions(host, target.tls) })
      : netConnect({ port, host })
    const done = (r: Outcome): void => {
      socket.destroy()
      resolve(r)
    }
    let connected = false
    socket.once('connect', () => (connected = true))
    // no connection in time: nothing there; connected but no TLS handshake: there, and hanging
    socket.setTimeout(Math.min(timeoutSec, 5) * 1000, () =>
      done(
        connected
          ? { ok: true }
          : { ok: false, error: Object.assign(new Error('connect timed out'), { code: 'ETIMEDOUT' }) }
      )
    )
    socket.once(secure ? 'secureConnect' : 'connect', () => done({ ok: true }))
    socket.once('error', (error) => done({ ok: false, error }))
  })
  if (outcome.ok) return
  const tls = tlsFailure(outcome.error)
  if (tls) throw new UnreachableError(`❌ ${target.service} at ${url.origin}: ${tls}`)
  if (notThere(outcome.error)) throw new UnreachableError(target.unreachableMessage)
  // accepted, then dropped (a reset during the handshake): running and broken, so measured
}
