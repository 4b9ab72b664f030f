import { basename } from 'node:path'
import { InputError } from './errors.js'
import type { ServiceConfig } from './schema.js'
import { httpUrl } from './validate.js'

/**
 * A URL given where a service name goes (`perf-gate load http://host:8080/health`),
 * as autocannon, hey, wrk and `k6 run` take one: a quick start without a
 * config file. It is one GET endpoint (the URL's path and query) at the URL's
 * origin, judged by the run's default thresholds (the config's, with --config).
 * Every run command reaches it through `resolveTarget`, the one place that
 * turns a service into a target.
 */
export interface UrlService {
  /** the name reports and run directories use: host_port and the path, in safe characters */
  name: string
  /** the URL as given, parsed */
  url: URL
  /** the service it stands for, as if written in perf-gate.yml */
  config: ServiceConfig
}

/** Whether a service argument is a URL rather than a name (names never hold `://`). */
export function isUrlService(service: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(service.trim())
}

/** The URL service `service` stands for; undefined for a service name. Throws InputError for a bad URL. */
export function urlService(service: string, field = 'service'): UrlService | undefined {
  if (!isUrlService(service)) return undefined
  const url = httpUrl(field, service.trim())
  // a fragment never reaches the server: the user likely meant something else
  if (url.hash || service.includes('#'))
    throw new InputError(field, 'must not contain a fragment (#…): it is never sent to the server')
  const path = pathOf(url)
  return {
    name: urlServiceName(url),
    url,
    config: { base_url: url.origin, endpoints: [{ method: 'GET', path, weight: 1 }] }
  }
}

/**
 * `http://127.0.0.1:4873/-/ping` → `127.0.0.1_4873_-_ping`: a service name
 * (letters, digits, `_ . -`, as perf-gate.yml's) that keeps runs of one URL
 * together in `summary` and apart from other URLs'.
 */
export function urlServiceName(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const raw = `${host}_${port}${url.pathname === '/' ? '' : url.pathname}`
  return raw
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/_+$/, '')
    .slice(0, 100)
}

/** The line a run on a URL says first, so nobody takes it for a configured service. */
export function urlServiceNote(url: string, configSource: string | undefined, where?: string): string {
  const thresholds = configSource ? `the thresholds of ${basename(configSource)}` : 'default thresholds'
  return `perf-gate: GET ${url}${where ? ` ${where}` : ''} (a URL: one GET endpoint, ${thresholds}; perf-gate init writes a config)`
}

/** The endpoint a URL stands for: its path and query. */
export function pathOf(url: URL): string {
  return `${url.pathname}${url.search}`
}

/** The name a run of `service` is reported under: a URL's derived name, else the service itself. */
export function reportedName(service: string): string {
  return isUrlService(service) ? (urlService(service)?.name ?? service) : service
}
