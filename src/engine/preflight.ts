import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Target } from '../config/resolve.js'
import { UnreachableError } from '../config/errors.js'
import { USER_AGENT, withUserAgent } from './request-plan.js'

/**
 * One request to the target's first endpoint before any load: any HTTP
 * answer (even 401 or 500) means the service is there. Without this,
 * autocannon would spin on refused connections.
 */
export async function checkReachable(target: Target, timeoutSec: number): Promise<void> {
  const ep = target.endpoints[0]
  const url = new URL(target.baseUrl + ep.path)
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  const ok = await new Promise<boolean>((resolve) => {
    const req = request(
      url,
      {
        method: ep.method,
        headers: withUserAgent(ep.headers, `${USER_AGENT} (preflight)`),
        timeout: Math.min(timeoutSec, 5) * 1000,
        rejectUnauthorized: false,
        agent: false
      },
      (res) => {
        res.resume()
        resolve(true)
        req.destroy()
      }
    )
    req.on('timeout', () => {
      req.destroy()
      resolve(false)
    })
    req.on('error', () => resolve(false))
    req.end(ep.body)
  })
  if (!ok) throw new UnreachableError(target.unreachableMessage)
}
