import type { Thresholds } from './thresholds.js'
import { basename } from 'node:path'
import { InputError } from './errors.js'
import type { TlsSettings } from './tls.js'
import { interpolateHeaders } from './interpolate.js'
import type { PerfGateConfig } from './load.js'
import type { EndpointConfig } from './schema.js'

/** One endpoint as the engine sends it. */
export interface Endpoint {
  /** `GET /v1/crl`: how the endpoint is named in every report */
  name: string
  method: string
  path: string
  headers: Record<string, string>
  body?: string
  weight: number
  thresholds?: Thresholds
}

/** A service ready to be loaded: where it is, what to send, what to expect. */
export interface Target {
  service: string
  /** origin plus optional path prefix, without a trailing slash */
  baseUrl: string
  /** the seed's wording for an unreachable target */
  unreachableMessage: string
  endpoints: Endpoint[]
  thresholds: Thresholds
  secrets: string[]
  /** the service's own rate (perf-gate.yml `rps`), used when the run sets none */
  rps?: number
  /** how an https target is verified (unset: verified, no extra CA) */
  tls?: TlsSettings
}

/** Turns a configured service (and an optional base URL that replaces its own) into a Target. */
export function resolveTarget(config: PerfGateConfig, service: string, baseUrlOverride?: URL): Target {
  const svc = config.services[service]
  if (!svc) {
    const known = Object.keys(config.services).sort().join(', ')
    throw new InputError('service', `unknown service ${JSON.stringify(service)} (known: ${known})`)
  }
  let url: URL
  let unreachableMessage: string
  if (baseUrlOverride !== undefined) {
    url = baseUrlOverride
    unreachableMessage = `❌ Service ${service} is not reachable at ${url.origin}`
  } else if (svc.base_url) {
    url = new URL(svc.base_url)
    unreachableMessage = `❌ Service ${service} is not reachable at ${url.origin}`
  } else {
    url = new URL(`http://localhost:${svc.port}`)
    unreachableMessage = `❌ Service ${service} is not running on port ${svc.port}`
  }
  const prefix = url.pathname.replace(/\/+$/, '')
  // ${ENV} is filled in only for the service being run, so another service's unset variable is no error
  const where = `${config.source ? basename(config.source) + ' ' : ''}services.${service}`
  const secrets = [...config.secrets]
  const serviceHeaders = interpolateHeaders(svc.headers ?? {}, config.env, `${where}.headers`, secrets)
  const endpoints = (svc.endpoints ?? []).map((ep, i) =>
    toEndpoint(
      {
        ...ep,
        headers:
          ep.headers &&
          interpolateHeaders(ep.headers, config.env, `${where}.endpoints[${i}].headers`, secrets)
      },
      prefix,
      serviceHeaders
    )
  )
  if (endpoints.length === 0)
    throw new InputError(`services.${service}.endpoints`, 'needs at least one endpoint')
  return {
    service,
    baseUrl: `${url.origin}${prefix}`,
    unreachableMessage,
    endpoints,
    thresholds: { ...config.thresholds, ...(svc.thresholds ?? {}) },
    secrets: [...new Set(secrets)].filter((v) => v.length > 0),
    tls: config.tls,
    ...(svc.rps ? { rps: svc.rps } : {})
  }
}

function toEndpoint(ep: EndpointConfig, prefix: string, serviceHeaders: Record<string, string>): Endpoint {
  const headers: Record<string, string> = {
    ...serviceHeaders,
    ...(ep.headers ?? {})
  }
  let body: string | undefined
  if (typeof ep.body === 'string') body = ep.body
  else if (ep.body !== undefined) {
    body = JSON.stringify(ep.body)
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json'
  }
  return {
    name: `${ep.method} ${ep.path}`,
    method: ep.method,
    path: `${prefix}${ep.path}`,
    headers,
    body,
    weight: ep.weight,
    thresholds: ep.thresholds
  }
}
