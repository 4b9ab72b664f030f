import type { AbPairing } from './ab-pairing.js'
import type { DriftConfig } from './drift.js'
import { basename, dirname, resolve } from 'node:path'
import { resolveTls, VERIFIED_TLS, type TlsSettings } from './tls.js'
import { headerValueProblem } from './http-grammar.js'
import { DEFAULT_THRESHOLDS, type FailOn, type Thresholds } from './thresholds.js'
import { InputError } from './errors.js'
import { readInputFile } from './input-file.js'
import { API_KEY_ENV, API_KEY_HEADER, PRESET_SERVICES } from './presets.js'
import type { ConfigFile, ServiceConfig } from './schema.js'
import type { CsvChoice } from './csv-choice.js'
import { toleranceMetric, type FailOnRegression, type ToleranceName, type Tolerances } from './regression.js'

/** Everything a run needs from presets, the config file and the environment. */
export interface PerfGateConfig {
  services: Record<string, ServiceConfig>
  thresholds: Thresholds
  failOn?: FailOn
  /** the file's top-level `csv`: which requests results.csv keeps, for every service without its own */
  csv?: CsvChoice
  /** baseline comparisons: how large a change must be, per metric, and when one fails the run */
  tolerances?: Tolerances
  failOnRegression?: FailOnRegression
  /** values to redact everywhere; resolving a service adds its credentials and `${ENV}` values */
  secrets: string[]
  /** the environment `${VAR}` in headers is filled from, when a service is resolved */
  env: Env
  /** soak runs: the file's own drift bands and windows (each service may set its own) */
  drift?: DriftConfig
  /** where the config came from, for messages */
  source?: string
  /** the line of each field of the config file, by its path (`services.api.endpoints[0].path`), for messages */
  fieldLines?: Record<string, number>
  /** services the config file defines or overrides, in file order (empty without a file) */
  fileServices: string[]
  /** how https targets are verified */
  tls: TlsSettings
  /** the file's `ab.max_duration` (seconds), and how messages name it */
  abMaxDuration?: { seconds: number; field: string }
  /** the file's `ab.pairing` */
  abPairing?: AbPairing
}

/** A config is a page of YAML; far larger is a mistake, and would take seconds to parse. */
export const MAX_CONFIG_BYTES = 2 ** 20

export type Env = Readonly<Record<string, string | undefined>>

/**
 * Loads presets, then the config file (YAML or JSON) when given, then applies
 * `${ENV}` interpolation. This is the only place in the core that reads the environment,
 * and it reads it from the `env` argument, never from `process.env` directly.
 */
export async function loadConfig(
  options: {
    file?: string
    env?: Env
    /** how errors name the file: `--config` on the CLI, `config` in the action and the library (default) */
    field?: string
    /** the face's TLS flags, over the file's `tls:` (`ca` relative to the working directory) */
    tls?: { insecure?: boolean; ca?: string; caField?: string }
  } = {}
): Promise<PerfGateConfig> {
  const env = options.env ?? {}
  const apiKey = env[API_KEY_ENV]
  const apiKeyProblem = apiKey === undefined ? undefined : headerValueProblem(apiKey)
  if (apiKeyProblem) throw new InputError(API_KEY_ENV, apiKeyProblem)
  let file: ConfigFile = {}
  let fieldLines: PerfGateConfig['fieldLines']
  if (options.file) {
    let text: string
    try {
      text = await readBounded(options.file, options.field ?? 'config')
    } catch (e) {
      if (e instanceof InputError) throw e
      const code = (e as NodeJS.ErrnoException).code
      throw new InputError(
        options.field ?? 'config',
        code === 'ENOENT'
          ? `file ${options.file} does not exist`
          : `cannot read ${options.file} (${code ?? String(e)})`
      )
    }
    // the YAML parser and the schema load only when there is a file to read
    const { parseConfigSource } = await import('./parse.js')
    ;({ file, fieldLines } = parseConfigSource(text, basename(options.file)))
  }
  const config = buildConfig(file, env, options.file)
  if (fieldLines) config.fieldLines = fieldLines
  if (file.ab?.max_duration !== undefined && options.file) {
    const line = fieldLines?.['ab.max_duration']
    config.abMaxDuration = {
      seconds: file.ab.max_duration,
      field: `${basename(options.file)}${line === undefined ? '' : `:${line}`} ab.max_duration`
    }
  }
  if (file.ab?.pairing) config.abPairing = file.ab.pairing
  if (apiKey) config.secrets.push(apiKey)
  const caFiles = [
    ...(file.tls?.ca && options.file
      ? [{ field: `${basename(options.file)} tls.ca`, file: resolve(dirname(options.file), file.tls.ca) }]
      : []),
    ...(options.tls?.ca ? [{ field: options.tls.caField ?? 'ca', file: options.tls.ca }] : [])
  ]
  config.tls = await resolveTls(
    { insecure: options.tls?.insecure ?? file.tls?.insecure ?? false, caFiles },
    env
  )
  return config
}

/** The config's text: a regular file (a FIFO would block, a device never ends), at most MAX_CONFIG_BYTES. */
function readBounded(file: string, field: string): Promise<string> {
  return readInputFile(file, {
    field,
    expected: 'a config file (YAML or JSON)',
    maxBytes: MAX_CONFIG_BYTES,
    tooLarge: (path) =>
      `${path} is larger than ${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes (1 MiB), the most a config file may be`
  })
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
    if (!base && !svc.endpoints && !svc.journeys) {
      throw new InputError(
        `${source ? basename(source) : 'config'} services.${name}.endpoints`,
        'a new service needs at least one endpoint (or journeys)'
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
    // journeys replace a preset's endpoints, and endpoints its journeys
    if (svc.journeys) delete merged.endpoints
    if (svc.endpoints) delete merged.journeys
    services[name] = merged
  }
  // known before any service is resolved: a --start that fails before the run prints a log to redact
  secrets.push(...referencedEnvValues(file.services, env))
  return {
    services,
    thresholds: { ...DEFAULT_THRESHOLDS, ...(file.thresholds ?? {}) },
    failOn: file.fail_on as FailOn | undefined,
    ...(file.csv ? { csv: file.csv } : {}),
    ...regressionSettings(file),
    ...(file.drift ? { drift: file.drift } : {}),
    secrets,
    env,
    source,
    fileServices: Object.keys(file.services ?? {}),
    tls: VERIFIED_TLS
  }
}

function regressionSettings(file: ConfigFile): Pick<PerfGateConfig, 'tolerances' | 'failOnRegression'> {
  const out: Pick<PerfGateConfig, 'tolerances' | 'failOnRegression'> = {}
  if (file.tolerances) {
    out.tolerances = Object.fromEntries(
      Object.entries(file.tolerances)
        .filter(([, v]) => v !== undefined)
        .map(([name, v]) => [toleranceMetric(name as ToleranceName), v])
    ) as Tolerances
  }
  const f = file.fail_on_regression
  if (f !== undefined) out.failOnRegression = f === true ? 'regression' : f === false ? 'never' : f
  return out
}

/** The values of every `${VAR}` the services name (set and non-empty): each is a secret. */
function referencedEnvValues(services: ConfigFile['services'], env: Env): string[] {
  const text = JSON.stringify(services ?? {})
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map((m) => env[m[1]])
    .filter((v): v is string => v !== undefined && v !== '')
}
