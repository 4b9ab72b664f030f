import { cell, code, generatedNote, table } from './markdown.mjs'
import { interfaceFields } from './ts-docs.mjs'

const BIG = Number.MAX_SAFE_INTEGER

/** The zod model's check of one value, in words: `integer ≥ 0`, `0 … 100`, one of … */
function checkWords(s) {
  if (!s || Object.keys(s).length === 0) return 'any'
  if (s.anyOf) return s.anyOf.map(checkWords).join(' or ')
  if (s.enum) return `one of ${s.enum.map(code).join(', ')}`
  if (s.const !== undefined) return code(s.const)
  const type = Array.isArray(s.type) ? s.type.join(' or ') : s.type
  if (type === 'number' || type === 'integer') {
    const lo = s.minimum ?? s.exclusiveMinimum
    const hi = s.maximum ?? s.exclusiveMaximum
    if (lo === undefined && hi === undefined) return type
    if (lo === -BIG && hi === BIG) return `${type}, finite`
    if (hi === undefined || hi >= BIG) return `${type} ≥ ${lo}`
    if (lo === undefined) return `${type} ≤ ${hi}`
    return `${type} ${lo} … ${hi}`
  }
  if (type === 'array') return s.maxItems === undefined ? 'array' : `array of at most ${s.maxItems}`
  if (type === 'string' && s.format) return `string (${s.format})`
  return type ?? 'any'
}

/** The object schema that holds a field's own fields: through arrays, maps and nullable unions. */
function objectSchema(node) {
  if (!node || typeof node !== 'object') return undefined
  if (node.properties) return node
  if (node.items) return objectSchema(node.items)
  if (node.anyOf) return node.anyOf.map(objectSchema).find(Boolean)
  const entry = node.additionalProperties
  return entry && typeof entry === 'object' ? objectSchema(entry) : undefined
}

/** Rows of the key table: the zod model's order first (the seed's keys lead), then the other written keys. */
function rows(fields, zodNode, out) {
  const z = objectSchema(zodNode)
  const order = Object.keys(z?.properties ?? {})
  const rank = (f) => (order.includes(f.name) ? order.indexOf(f.name) : order.length)
  for (const f of [...fields].sort((a, b) => rank(a) - rank(b))) {
    const schema = z?.properties?.[f.name]
    const required = (z?.required ?? []).includes(f.name)
    const read = schema ? `${required ? 'required' : 'optional'}; ${checkWords(schema)}` : 'not read back'
    const type = f.sameAs ? `${f.type}, as ${code(f.sameAs)}` : f.type
    out.push([code(f.path), `${type}${f.optional ? ' (optional)' : ''}`, cell(read), cell(f.doc)])
    if (f.fields) rows(f.fields, schema, out)
  }
  // fields the zod model reads that the writer's type does not name (kept from older versions)
  for (const name of order.filter((n) => !fields.some((f) => f.name === n))) {
    const required = (z.required ?? []).includes(name)
    out.push([
      code(name),
      '',
      cell(`${required ? 'required' : 'optional'}; ${checkWords(z.properties[name])}`),
      ''
    ])
  }
  return out
}

/** docs/reference/metrics-json.md from the RunDocument type and the zod model metrics.json is read back with. */
export function metricsPage({ runDocumentSchema, z, SCHEMA_VERSION }, root) {
  const fields = interfaceFields(root, 'src/report/run-document.ts', 'RunDocument')
  const zod = z.toJSONSchema(runDocumentSchema, { io: 'output', unrepresentable: 'any' })
  const mergeable = fields.find((f) => f.name === 'mergeable')
  const main = fields.map((f) => (f === mergeable ? { ...f, fields: undefined } : f))
  return [
    '# `metrics.json` reference',
    '',
    generatedNote(
      'the type it is written from (`RunDocument` in [`src/report/run-document.ts`](../../src/report/run-document.ts), its fields and their doc comments, with those of [`src/metrics/types.ts`](../../src/metrics/types.ts)) and the zod model it is read back with (`runDocumentSchema` in [`src/report/files/run-schema.ts`](../../src/report/files/run-schema.ts) and [`src/metrics/mergeable-schema.ts`](../../src/metrics/mergeable-schema.ts))'
    ),
    '',
    `Every run directory holds one \`metrics.json\`, \`schema_version\` ${SCHEMA_VERSION}. The seed's keys come first`,
    '(times in seconds, `error_rate` in percent), then what perf-gate adds. What the figures mean, how',
    'they are made and which view shows them: [Output](../output.md).',
    '',
    'Columns: **type** is what perf-gate writes; **read back** is what `summary`, `compare`, `report`,',
    '`merge` and `--baseline` check before they use a run directory someone else wrote (a key that is',
    'not read back is written for people and other tools only; keys this version does not know are kept',
    'and ignored). A path `a[]` is each element of the array `a`, `a.<key>` each entry of the map `a`.',
    '',
    table(['key', 'type', 'read back', 'description'], rows(main, zod, [])),
    '',
    '## `mergeable`',
    '',
    "A shard's run (`--shard I/N`) adds what `perf-gate merge` adds up with the other shards:",
    'exact counts and sums, and HdrHistogram latency histograms (V2 encoding, compressed, base64) of the',
    'run, each endpoint, each stress stage and each wall-clock second. See',
    '[Scaling out](../scaling-out.md#shards-on-several-machines).',
    '',
    table(
      ['key', 'type', 'read back', 'description'],
      rows(mergeable.fields, zod.properties.mergeable, []).map((r) => r)
    ),
    ''
  ].join('\n')
}
