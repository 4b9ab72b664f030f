import { InputError } from '../config/errors.js'
import { failOn, httpUrl, positiveNumber, wholeNumber } from '../config/validate.js'
import { LIMITS, LOAD_DEFAULTS } from '../engine/load-test.js'
import type { FailOn } from '../gate/thresholds.js'

/** The action's inputs, parsed once into one typed object; nothing downstream reads inputs. */
export interface ActionSettings {
  service: string
  mode: 'load' | 'stress'
  users: number
  duration: number
  rps?: number
  maxUsers: number
  rampUp: number
  timeout: number
  baseUrl?: string
  config?: string
  failOn?: FailOn
  baseline?: string
  outputDir: string
  artifactName?: string
  uploadArtifact: boolean
  comment: boolean
  githubToken?: string
  apiKey?: string
  metricsPort?: number
  metricsLinger: number
  pushgateway?: string
}

/** Reads one input as the runner passes it (empty string when unset). */
export type InputReader = (name: string) => string

/** Defaults live here as well as in action.yml: a local or `act` run does not apply action.yml's defaults. */
export function parseInputs(read: InputReader): ActionSettings {
  const get = (name: string): string | undefined => {
    const v = read(name).trim()
    return v === '' ? undefined : v
  }
  const service = get('service')
  if (!service)
    throw new InputError('service', 'is required (a preset such as pkd_service, or a service from config)')
  const mode = get('mode') ?? 'load'
  if (mode !== 'load' && mode !== 'stress') {
    throw new InputError('mode', `must be load or stress (got ${JSON.stringify(mode)})`)
  }
  const baseUrl = get('base-url')
  if (baseUrl) httpUrl('base-url', baseUrl)
  return {
    service,
    mode,
    users: wholeNumber('users', get('users'), LOAD_DEFAULTS.users, 1, LIMITS.users),
    duration: positiveNumber('duration', get('duration'), LOAD_DEFAULTS.duration, LIMITS.duration, 'seconds'),
    rps: positiveNumber('rps', get('rps'), undefined, LIMITS.rps, 'requests per second'),
    maxUsers: wholeNumber('max-users', get('max-users'), 100, 1, LIMITS.users),
    rampUp: positiveNumber('ramp-up', get('ramp-up'), 300, LIMITS.duration, 'seconds'),
    timeout: positiveNumber('timeout', get('timeout'), LOAD_DEFAULTS.timeout, LIMITS.timeout, 'seconds'),
    baseUrl,
    config: get('config'),
    failOn: get('fail-on') === undefined ? undefined : failOn('fail-on', get('fail-on'), 'critical'),
    baseline: get('baseline'),
    outputDir: get('output-dir') ?? 'reports/performance',
    artifactName: get('artifact-name'),
    uploadArtifact: bool(get('upload-artifact'), 'upload-artifact', true),
    comment: bool(get('comment'), 'comment', true),
    githubToken: get('github-token'),
    apiKey: get('api-key'),
    metricsPort:
      get('metrics-port') === undefined
        ? undefined
        : wholeNumber('metrics-port', get('metrics-port'), 0, 1, 65535),
    metricsLinger:
      get('metrics-linger') === undefined
        ? 0
        : positiveNumber('metrics-linger', get('metrics-linger'), 0, 3600, 'seconds'),
    pushgateway:
      get('pushgateway') === undefined ? undefined : httpUrl('pushgateway', get('pushgateway')!).href
  }
}

function bool(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(name, `must be true or false (got ${JSON.stringify(value)})`)
}

/** Artifact names must be unique in a workflow run and must not hold `/ \\ " : < > | * ?` or line breaks. */
export function artifactName(
  explicit: string | undefined,
  runDir: string,
  job: string | undefined,
  attempt: string | undefined
): string {
  const base =
    explicit ??
    `perf-gate-${runDir.split(/[\\/]/).pop()}${job ? `-${job}` : ''}${attempt ? `-${attempt}` : ''}`
  return base.replace(/[\\/"':<>|*?\r\n]+/g, '-')
}
