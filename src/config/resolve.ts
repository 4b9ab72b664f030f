import { resolveDrift, type DriftSettings } from './drift.js'
import type { Thresholds } from './thresholds.js'
import { basename, dirname, resolve } from 'node:path'
import { InputError } from './errors.js'
import type { TlsSettings } from './tls.js'
import { interpolateHeaders, interpolateText } from './interpolate.js'
import type { PerfGateConfig } from './load.js'
import type { EndpointConfig, SetupRequestConfig } from './schema.js'
import type { DataOrder } from './data-file.js'
import type { CsvChoice } from './csv-choice.js'
import { encodePathValue } from './http-grammar.js'
import { parseJsonPath, type PathStep } from './json-path.js'
import { hasPlaceholder, parseTemplate, valueNames } from './template.js'
import { urlService } from './url-service.js'
import { requestCredentials } from './secrets.js'
import type { StepConfig } from './journey-schema.js'
import { resolveJourneys } from './resolve-journeys.js'
import { stepRules, type Journey, type StepRules } from './session-rules.js'

/** One endpoint as the engine sends it. */
export interface Endpoint {
  /** `GET /v1/crl`: how the endpoint is named in every report */
  name: string
  method: string
  path: string
  /**
   * The path as figures show it (results.csv, /metrics, per-endpoint
   * tables) when it differs from `path`: `${VAR}` unexpanded, since the
   * value is a secret; unset when `path` is that already
   */
  shownPath?: string
  headers: Record<string, string>
  body?: string
  /** the body was an object in the config: values put into it are JSON-escaped */
  jsonBody?: boolean
  weight: number
  thresholds?: Thresholds
  /** a journey's step: the journey's and the step's names (the endpoint's name is `journey/step`) */
  journey?: string
  step?: string
  /** what the virtual user does with the answer and how long it pauses after it (unset: nothing) */
  rules?: StepRules
}

/** A request of the setup step: sent once before the load, its answer's values captured by name. */
export interface SetupRequest extends Omit<Endpoint, 'weight' | 'thresholds' | 'journey' | 'step' | 'rules'> {
  /** name → where in the JSON answer (as written, and parsed) */
  capture: Record<string, { path: string; steps: PathStep[] }>
  /**
   * The service's headers, sent too, except one that reads a value captured
   * only later (`Authorization: Bearer {{token}}` is not sent to the login)
   */
  serviceHeaders: Record<string, string>
  /** how errors name it: `services.api.setup[0]` */
  field: string
}

/** What makes the load realistic: data for placeholders, a setup step, a warm-up. */
export interface Workload {
  /** read before the run, relative paths from the config file's folder */
  data?: { path: string; order: DataOrder; field: string }
  setup: SetupRequest[]
  /** seconds of load sent first and measured by nothing */
  warmupSec?: number
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
  /** the config's `csv` (the service's, else the top level's), used when the run sets none */
  csv?: CsvChoice
  /** how an https target is verified (unset: verified, no extra CA) */
  tls?: TlsSettings
  /** data file, setup step and warm-up (unset: none of them) */
  workload?: Workload
  /** the run was given a URL, not a service: the URL as given (one GET endpoint) */
  fromUrl?: string
  /** users walk these journeys (their steps are `endpoints`); unset: users send the endpoints round */
  journeys?: Journey[]
  /** each virtual user keeps a cookie jar */
  cookies?: boolean
  /** a soak's drift bands and windows: the service's over the config's over the defaults */
  drift?: DriftSettings
  /** the config file and the line of each of this service's fields in it, for later messages */
  source?: { file: string; lines: Record<string, number> }
}

/**
 * Turns a configured service, or a URL given in its place (see url-service.ts),
 * and an optional base URL that replaces its own, into a Target.
 */
export function resolveTarget(config: PerfGateConfig, service: string, baseUrlOverride?: URL): Target {
  const byUrl = urlService(service)
  if (byUrl) {
    const target = resolveTarget(
      { ...config, services: { ...config.services, [byUrl.name]: byUrl.config } },
      byUrl.name,
      baseUrlOverride
    )
    return { ...target, fromUrl: byUrl.url.href }
  }
  const svc = config.services[service]
  if (!svc) {
    const known = Object.keys(config.services).sort().join(', ')
    // Without a file only the presets are known; a user's perf-gate.yml is never picked up unasked.
    // `localhost:8080/health`: a URL without its scheme would otherwise read as a misspelt name
    const hint = /[:/]/.test(service)
      ? `; a URL needs its scheme: http://${service.replace(/^\/+/, '')}`
      : config.source
        ? ''
        : '; no config file was given: pass --config perf-gate.yml (the action: config), or a URL such as http://localhost:8080/health'
    throw new InputError('service', `unknown service ${JSON.stringify(service)} (known: ${known})${hint}`)
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
  const fill = (
    ep: EndpointConfig | SetupRequestConfig | StepConfig,
    at: string
  ): Omit<Endpoint, 'weight'> => {
    const request = toRequest(withEnv(ep, config.env, at, secrets), prefix, serviceHeaders)
    // a password written in a body or query is as secret as one from the environment
    secrets.push(...requestCredentials(request))
    return request
  }
  const journeys = svc.journeys && resolveJourneys(svc.journeys, (step, at) => fill(step, `${where}.${at}`))
  const endpoints: Endpoint[] =
    journeys?.endpoints ??
    (svc.endpoints ?? []).map((ep, i) => {
      const rules = stepRules(ep)
      return {
        ...fill(ep, `${where}.endpoints[${i}]`),
        weight: ep.weight,
        thresholds: ep.thresholds,
        ...(rules ? { rules } : {})
      }
    })
  if (endpoints.length === 0)
    throw new InputError(`services.${service}.endpoints`, 'needs at least one endpoint (or journeys)')
  const setup = (svc.setup ?? []).map((req, i): SetupRequest => {
    const field = `${where}.setup[${i}]`
    const { thresholds: _, ...request } = toRequest(withEnv(req, config.env, field, secrets), prefix, {})
    secrets.push(...requestCredentials(request))
    const capture = Object.fromEntries(
      Object.entries(req.capture ?? {}).map(([name, path]) => [
        name,
        { path, steps: parseJsonPath(path) as PathStep[] }
      ])
    )
    return { ...request, capture, field, serviceHeaders }
  })
  const workload: Workload = {
    setup,
    ...(svc.data
      ? {
          data: {
            path: resolve(config.source ? dirname(config.source) : '.', svc.data.file),
            order: svc.data.order,
            field: `${where}.data.file`
          }
        }
      : {}),
    ...(svc.warmup ? { warmupSec: svc.warmup } : {})
  }
  return {
    service,
    baseUrl: `${url.origin}${prefix}`,
    unreachableMessage,
    endpoints,
    thresholds: { ...config.thresholds, ...(svc.thresholds ?? {}) },
    secrets: [...new Set(secrets)].filter((v) => v.length > 0),
    tls: config.tls,
    drift: resolveDrift(config.drift, svc.drift),
    ...(svc.rps ? { rps: svc.rps } : {}),
    ...((svc.csv ?? config.csv) ? { csv: svc.csv ?? config.csv } : {}),
    ...(journeys ? { journeys: journeys.journeys } : {}),
    ...((svc.cookies ?? journeys !== undefined) ? { cookies: true } : {}),
    ...(setup.length > 0 || workload.data || workload.warmupSec ? { workload } : {}),
    ...(config.source && config.fieldLines && config.fileServices.includes(service)
      ? { source: { file: basename(config.source), lines: serviceLines(config.fieldLines, service) } }
      : {})
  }
}

/** The lines of one service's fields: what later checks of its requests point at. */
function serviceLines(lines: Record<string, number>, service: string): Record<string, number> {
  const own = `services.${service}.`
  return Object.fromEntries(Object.entries(lines).filter(([path]) => path.startsWith(own)))
}

/** A request as configured, its `${VAR}`s filled from the environment; `name` keeps the path as written. */
interface FilledRequest {
  name: string
  method: string
  path: string
  /** the path as written, `${VAR}`s and all */
  template: string
  headers?: Record<string, string>
  body?: string
  jsonBody: boolean
  thresholds?: Thresholds
}

function withEnv(
  ep: EndpointConfig | SetupRequestConfig | StepConfig,
  env: PerfGateConfig['env'],
  where: string,
  secrets: string[]
): FilledRequest {
  const jsonBody = ep.body !== undefined && typeof ep.body !== 'string'
  const body = ep.body === undefined ? undefined : jsonBody ? JSON.stringify(ep.body) : (ep.body as string)
  return {
    // the name shows the path as written: never a value from the environment
    name: `${ep.method} ${ep.path}`,
    method: ep.method,
    template: ep.path,
    path: interpolateText(ep.path, env, `${where}.path`, secrets, encodePathValue),
    headers: ep.headers && interpolateHeaders(ep.headers, env, `${where}.headers`, secrets),
    body:
      body === undefined
        ? undefined
        : interpolateText(body, env, `${where}.body`, secrets, jsonBody ? jsonEscape : (v) => v),
    jsonBody,
    thresholds: 'thresholds' in ep ? ep.thresholds : undefined
  }
}

/** A value inside a JSON string: escaped so the body stays valid JSON. */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}

function toRequest(
  ep: FilledRequest,
  prefix: string,
  serviceHeaders: Record<string, string>
): Omit<Endpoint, 'weight'> {
  const headers: Record<string, string> = {
    ...serviceHeaders,
    ...(ep.headers ?? {})
  }
  if (ep.jsonBody && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
    headers['content-type'] = 'application/json'
  return {
    name: ep.name,
    method: ep.method,
    path: `${prefix}${ep.path}`,
    ...(ep.template !== ep.path ? { shownPath: `${prefix}${ep.template}` } : {}),
    headers,
    body: ep.body,
    ...(ep.jsonBody ? { jsonBody: true } : {}),
    ...(ep.thresholds ? { thresholds: ep.thresholds } : {})
  }
}

/** The path an endpoint's figures are filed under: never a value from the environment. */
export function shownPath(e: Pick<Endpoint, 'path' | 'shownPath'>): string {
  return e.shownPath ?? e.path
}

/** A setup request's headers: its own, and the service's that read only values captured before it. */
export function setupHeaders(step: SetupRequest, captured: readonly string[]): Record<string, string> {
  const inherited = Object.entries(step.serviceHeaders).filter(
    ([, v]) =>
      !hasPlaceholder(v) || valueNames(parseTemplate(v, step.field)).every((n) => captured.includes(n))
  )
  const own = new Set(Object.keys(step.headers).map((h) => h.toLowerCase()))
  return { ...Object.fromEntries(inherited.filter(([k]) => !own.has(k.toLowerCase()))), ...step.headers }
}
