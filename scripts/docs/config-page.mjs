import { cell, code, generatedNote, table } from './markdown.mjs'

/** A JSON Schema node's type in words. */
function typeWords(s) {
  if (s.anyOf) return s.anyOf.map(typeWords).join(' or ')
  if (s.enum) return `one of ${s.enum.map(code).join(', ')}`
  const type = Array.isArray(s.type) ? s.type.join(' or ') : s.type
  if (type === 'array') return `list of ${s.items ? typeWords(s.items) : 'any'}`
  if (type === 'object' && s.additionalProperties && !s.properties)
    return `map of ${typeWords(s.additionalProperties)}`
  if (type === 'integer' || type === 'number') {
    const range = [s.minimum, s.maximum].every((v) => v !== undefined) ? ` ${s.minimum} … ${s.maximum}` : ''
    return `${type}${range}`
  }
  return type ?? 'any'
}

/** Limits of one value besides its type: patterns, lengths, formats. */
function constraints(s) {
  const c = []
  if (s.format === 'uri') c.push('a URL')
  if (s.pattern === '^\\/.*') c.push('starts with `/`')
  if (s.propertyNames?.pattern) c.push(`names match ${code(s.propertyNames.pattern)}`)
  if (s.minItems !== undefined || s.maxItems !== undefined)
    c.push(
      s.maxItems === undefined ? `at least ${s.minItems}` : `${s.minItems ?? 0} to ${s.maxItems} entries`
    )
  return c
}

const isBand = (s) =>
  s.type === 'object' &&
  s.properties &&
  Object.keys(s.properties).join() === 'warning,critical' &&
  s.additionalProperties === false

const signatureOf = (s) => JSON.stringify({ ...s, description: undefined })

/** The child schemas of an object schema, with the path of each. */
function children(schema, path) {
  const out = []
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const key = path ? `${path}.${name}` : name
    out.push([key, s])
    const entry = s.additionalProperties
    if (entry && typeof entry === 'object' && entry.properties) out.push(...children(entry, `${key}.<name>`))
    if (s.items?.properties) out.push(...children(s.items, `${key}[]`))
    if (s.properties) out.push(...children(s, key))
  }
  return out
}

/** Where each repeated object schema is written out: at its shallowest place (top-level `thresholds`). */
function homes(schema) {
  const home = new Map()
  const depth = (key) => key.split('.').length
  for (const [key, s] of children(schema, '').sort(([a], [b]) => depth(a) - depth(b)))
    if (s.type === 'object' && s.properties && !home.has(signatureOf(s))) home.set(signatureOf(s), key)
  return home
}

/** One row per key, depth first; a repeated object schema (the thresholds of a service, an endpoint) names its home. */
function keyRows(schema, path, out, home) {
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    if (name === '$schema') {
      out.push([code(name), 'string', '', 'the JSON Schema for editor completion (see above)'])
      continue
    }
    const key = path ? `${path}.${name}` : name
    const at = s.type === 'object' && s.properties && !isBand(s) ? home.get(signatureOf(s)) : undefined
    const same = at && at !== key ? at : undefined
    const band = isBand(s)
    const notes = [
      ...(band && s.properties.warning.description
        ? [`\`warning\` and \`critical\`: ${s.properties.warning.description}`]
        : []),
      ...constraints(s)
    ]
    const description = [s.description, ...notes].filter(Boolean).join('; ')
    out.push([
      code(key),
      band ? 'band' : typeWords(s),
      s.default === undefined ? '' : code(JSON.stringify(s.default)),
      cell(same ? `${description ? description + '; ' : ''}the keys of ${code(same)}` : description)
    ])
    if (same || band) continue
    if (s.properties) keyRows(s, key, out, home)
    const entry = s.additionalProperties
    if (entry && typeof entry === 'object' && entry.properties) keyRows(entry, `${key}.<name>`, out, home)
    if (s.items?.properties) keyRows(s.items, `${key}[]`, out, home)
  }
  return out
}

const UNIT_WORDS = {
  percent: 'percent',
  seconds: 'seconds',
  rps: 'requests per second',
  bytes_per_hour: 'bytes per hour (50MB, 1.5GB)'
}
const limitWords = (unit, v) => (unit === 'percent' ? `${v}%` : unit === 'seconds' ? `${v} s` : `${v}`)

/** docs/reference/config.md from the zod config model (as JSON Schema), the thresholds' table and the presets. */
export function configPage(src) {
  const { configJsonSchema, THRESHOLD_NAMES, THRESHOLD_DEFINITIONS, DEFAULT_THRESHOLDS } = src
  const { DEFAULT_MIN_REQUESTS, DEFAULT_TOLERANCES, TOLERANCE_NAMES, toleranceMetric } = src
  const { PRESET_SERVICES, API_KEY_HEADER, API_KEY_ENV, FAIL_ON_VALUES } = src
  const { ABORTABLE_THRESHOLDS, MIN_ABORT_AFTER_SEC } = src
  const schema = configJsonSchema()
  return [
    '# Config file reference (`perf-gate.yml`)',
    '',
    generatedNote(
      'the zod config model ([`src/config/schema.ts`](../../src/config/schema.ts), the same model `schema/perf-gate.schema.json` is written from), [`src/config/thresholds.ts`](../../src/config/thresholds.ts), [`src/config/regression.ts`](../../src/config/regression.ts) and [`src/config/presets.ts`](../../src/config/presets.ts)'
    ),
    '',
    'A config file is YAML or JSON, given with `--config FILE` (action input `config`). The whole file',
    'is checked against one schema before anything runs; a mistake is reported with file, line and',
    'field (exit 2). The schema is published as',
    '[`schema/perf-gate.schema.json`](../../schema/perf-gate.schema.json) for editor completion:',
    '',
    '```yaml',
    '# yaml-language-server: $schema=./node_modules/perf-gate/schema/perf-gate.schema.json',
    '```',
    '',
    'Examples and what each part does: [Config file](../workloads.md#config-file) and',
    '[Realistic workloads](../workloads.md#realistic-workloads). Times are written `250ms`, `2s`, `1m` or',
    'as seconds; rates `5%` or as a percentage number.',
    '',
    '## Keys',
    '',
    table(['key', 'type', 'default', 'description'], keyRows(schema, '', [], homes(schema))),
    '',
    '## Thresholds',
    '',
    `Each threshold is a band, \`{ warning, critical }\`, under \`thresholds:\` at the top, under a service or under an endpoint. A value on the good side of \`warning\` is good, then warning, and at or beyond \`critical\` critical. \`fail_on\` (one of ${FAIL_ON_VALUES.map(code).join(', ')}) says which fails the run. A check judged on fewer than \`min_requests\` requests (default ${DEFAULT_MIN_REQUESTS}) is "not enough requests", at least a warning. \`rss_growth_per_hour\` judges the service's own process (\`--start\` or \`--watch-pid\`), not its requests: it is set at the top or under a service, never under an endpoint, and judged on the lower end of the growth's 95% interval; one that cannot be judged (no process watched, too few samples, a stress ramp) is "not judged", a warning that says why ([Monitoring](../monitoring.md#the-services-own-memory-and-cpu)).`,
    '',
    `A band of ${ABORTABLE_THRESHOLDS.map(code).join(', ')} may add \`abort_after\` (at least ${MIN_ABORT_AFTER_SEC}s, at most the run's load): each second is judged on its own figures, and once the critical band has held every second that long the run stops and fails the gate, exit 1 ([Stopping on a sustained breach](../load-and-stress.md#stopping-on-a-sustained-breach-abort_after)).`,
    '',
    table(
      ['threshold', 'judges (metrics.json key)', 'unit', 'better', 'default warning', 'default critical'],
      THRESHOLD_NAMES.map((n) => {
        const d = THRESHOLD_DEFINITIONS[n]
        const band = DEFAULT_THRESHOLDS[n]
        return [
          code(n),
          `${code(d.metric)} (${cell(d.label)})`,
          UNIT_WORDS[d.unit],
          d.higherIsBetter ? 'higher' : 'lower',
          band ? limitWords(d.unit, band.warning) : 'none',
          band ? limitWords(d.unit, band.critical) : 'none'
        ]
      })
    ),
    '',
    '## Tolerances',
    '',
    'How large a change against a baseline (`--baseline`, `compare`, `ab`) must be to count: relative',
    'for times and throughput, percentage points for the error rate. The defaults:',
    '',
    table(
      ['tolerance', 'compares (metrics.json key)', 'default'],
      TOLERANCE_NAMES.map((n) => {
        // the name itself where toleranceMetric gives a key the comparison does not have
        const metric = toleranceMetric(n) in DEFAULT_TOLERANCES ? toleranceMetric(n) : n
        const v = DEFAULT_TOLERANCES[metric]
        return [code(n), code(metric), metric === 'error_rate' ? `${v} percentage points` : `${v * 100}%`]
      })
    ),
    '',
    '## Preset services',
    '',
    `Services that need no config (the seed framework's); a config file may override them field by field. The host is \`localhost\`; \`${API_KEY_ENV}\` replaces the value of their \`${API_KEY_HEADER}\`.`,
    '',
    table(
      ['service', 'port', 'endpoints', 'headers'],
      Object.entries(PRESET_SERVICES).map(([name, s]) => [
        code(name),
        String(s.port),
        s.endpoints.map((e) => code(`${e.method} ${e.path}`)).join(', '),
        Object.entries(s.headers ?? {})
          .map(([k, v]) => code(`${k}: ${v}`))
          .join(', ') || 'none'
      ])
    ),
    ''
  ].join('\n')
}
