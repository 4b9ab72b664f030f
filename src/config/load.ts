import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { DEFAULT_THRESHOLDS, THRESHOLD_NAMES, type FailOn, type Thresholds } from '../gate/thresholds.js'
import { InputError } from './errors.js'
import { API_KEY_ENV, API_KEY_HEADER, PRESET_SERVICES } from './presets.js'
import { configSchema, type ConfigFile, type ServiceConfig } from './schema.js'

/** Everything a run needs from presets, the config file and the environment. */
export interface PerfGateConfig {
  services: Record<string, ServiceConfig>
  thresholds: Thresholds
  failOn?: FailOn
  /** values to redact everywhere; resolving a service adds its credentials and `${ENV}` values */
  secrets: string[]
  /** the environment `${VAR}` in headers is filled from, when a service is resolved */
  env: Env
  /** where the config came from, for messages */
  source?: string
  /** services the config file defines or overrides, in file order (empty without a file) */
  fileServices: string[]
}

export type Env = Readonly<Record<string, string | undefined>>

/**
 * Loads presets, then the config file (YAML or JSON) when given, then applies
 * `${ENV}` interpolation. This is the only place in the core that reads the environment,
 * and it reads it from the `env` argument, never from `process.env` directly.
 */
export async function loadConfig(options: { file?: string; env?: Env } = {}): Promise<PerfGateConfig> {
  const env = options.env ?? {}
  const apiKey = env[API_KEY_ENV]
  let file: ConfigFile = {}
  if (options.file) {
    let text: string
    try {
      text = await readFile(options.file, 'utf8')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new InputError(
        '--config',
        code === 'ENOENT'
          ? `file ${options.file} does not exist`
          : `cannot read ${options.file} (${code ?? String(e)})`
      )
    }
    file = parseConfigText(text, basename(options.file))
  }
  const config = buildConfig(file, env, options.file)
  if (apiKey) config.secrets.push(apiKey)
  return config
}

/** Parses and validates config text; errors name the file, line and field. */
export function parseConfigText(text: string, fileName = 'perf-gate.yml'): ConfigFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true
  })
  if (doc.errors.length > 0) {
    const err = doc.errors[0]
    const line = err.linePos?.[0].line ?? lineCounter.linePos(err.pos[0]).line
    const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new InputError(`${fileName}${line ? `:${line}` : ''}`, `not valid YAML or JSON: ${what}`)
  }
  const raw: unknown = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(fileName, 'must be a mapping with services, thresholds or fail_on at the top level')
  }
  const parsed = configSchema.safeParse(raw)
  if (!parsed.success) throw issueToError(parsed.error.issues[0], doc, lineCounter, fileName)
  return parsed.data
}

function issueToError(
  issue: z.core.$ZodIssue,
  doc: Document,
  lines: LineCounter,
  fileName: string
): InputError {
  let path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  let message = issue.message
  if (issue.code === 'unrecognized_keys') {
    path = [...path, issue.keys[0]]
    message = `unknown field (allowed: ${allowedKeysHint(path)})`
  }
  const line = lineOf(doc, lines, path)
  return new InputError(`${fileName}${line ? `:${line}` : ''} ${formatPath(path) || '(top level)'}`, message)
}

/** The fields allowed where an unknown one was found, from the position in the tree. */
function allowedKeysHint(path: (string | number)[]): string {
  const parents = path.slice(0, -1)
  const last = parents[parents.length - 1]
  const beforeLast = parents[parents.length - 2]
  if (parents.length === 0) return 'services, thresholds, fail_on'
  if (last === 'thresholds') return THRESHOLD_NAMES.join(', ')
  if (beforeLast === 'thresholds') return 'warning, critical'
  if (typeof last === 'number') return 'path, method, body, headers, weight, thresholds'
  return 'base_url, port, headers, endpoints, thresholds'
}

function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line
    // a missing key: point at its parent mapping
  }
  return undefined
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function buildConfig(file: ConfigFile, env: Env, source?: string): PerfGateConfig {
  const secrets: string[] = []
  const services: Record<string, ServiceConfig> = {}
  const apiKey = env[API_KEY_ENV]
  for (const [name, preset] of Object.entries(PRESET_SERVICES)) {
    const headers =
      preset.headers && apiKey ? { ...preset.headers, [API_KEY_HEADER]: apiKey } : preset.headers
    services[name] = { ...preset, headers }
  }
  for (const [name, svc] of Object.entries(file.services ?? {})) {
    const base = services[name]
    if (!base && !svc.endpoints) {
      throw new InputError(
        `${source ? basename(source) : 'config'} services.${name}.endpoints`,
        'a new service needs at least one endpoint'
      )
    }
    if (!base && !svc.base_url && !svc.port) {
      throw new InputError(
        `${source ? basename(source) : 'config'} services.${name}`,
        'set base_url (e.g. http://localhost:8090) or port'
      )
    }
    const merged: ServiceConfig = { ...base, ...svc }
    // base_url and port are alternatives: setting one in the file drops the preset's other
    if (svc.base_url) delete merged.port
    if (svc.port) delete merged.base_url
    services[name] = merged
  }
  return {
    services,
    thresholds: { ...DEFAULT_THRESHOLDS, ...(file.thresholds ?? {}) },
    failOn: file.fail_on as FailOn | undefined,
    secrets,
    env,
    source,
    fileServices: Object.keys(file.services ?? {})
  }
}
