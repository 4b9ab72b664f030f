import { DEFAULTS } from './defaults.js'
import {
  DEFAULT_MIN_REQUESTS,
  DEFAULT_THRESHOLDS,
  THRESHOLD_DEFINITIONS,
  type Band,
  type ThresholdName
} from './thresholds.js'
import { pathOf, type UrlService } from './url-service.js'

/**
 * The files `perf-gate init` writes: a commented perf-gate.yml for one URL,
 * and a workflow that runs it. Text only (the CLI probes and writes); the
 * values come from the code's defaults, never retyped, so the file says what
 * a run without it would do.
 */

/** What one GET of the URL answered when init ran, or why it got no answer. */
export type ProbeResult =
  { answered: true; status: number; contentType?: string; ms: number } | { answered: false; reason: string }

/** Where editors find the schema as the file is written: a path relative to it (see schemaReference). */
export const NPM_SCHEMA_PATH = './node_modules/perf-gate/schema/perf-gate.schema.json'

export interface ConfigTemplate {
  service: UrlService
  /** undefined: no URL was given, the service's URL is a stand-in */
  probe?: ProbeResult
  /** the `$schema` reference, relative to the file */
  schema: string
  /** the command as the user typed it, for the file's first comment */
  command: string
  /** the file name, for the "run it" line */
  file: string
}

export function renderConfig(t: ConfigTemplate): string {
  const name = yamlKey(t.service.name)
  const lines = [
    `# yaml-language-server: $schema=${t.schema}`,
    `# perf-gate configuration, written by \`${t.command}\`.`,
    `# Run it:  perf-gate load ${t.service.name} --config ${t.file} --duration 30s`,
    "# Every field is in the schema above (editor completion) and in perf-gate's docs/reference/config.md.",
    ...(t.schema === NPM_SCHEMA_PATH
      ? [
          "# $schema works once perf-gate is installed with npm here; otherwise point it at perf-gate's",
          '# schema/perf-gate.schema.json (a relative path, or the raw URL of the repository you use it from).'
        ]
      : []),
    '',
    '# The services to test: where each listens, the headers it needs, the endpoints the load is spread over.',
    'services:',
    `  ${name}:`,
    "    # the CLI's --base-url (the action's base-url) replaces it, e.g. for a preview deployment",
    `    base_url: ${JSON.stringify(t.service.url.origin)}`,
    '    # headers sent with every request; ${VAR} is read from the environment and never shown:',
    "    # headers: { Authorization: 'Bearer ${API_TOKEN}' }",
    '    endpoints:',
    ...probeComments(t.probe, t.service.url).map((c) => `      # ${c}`),
    `      - path: ${JSON.stringify(pathOf(t.service.url))}`,
    '        method: GET',
    '        weight: 1 # its share of the requests; add endpoints: - { path: /api/items, weight: 3 }',
    '',
    "# When a run is good, a warning or critical: perf-gate's defaults. A service or an endpoint may",
    '# set its own. Times: 250ms, 2s; rates: 5%; throughput: successful requests per second,',
    '# where lower is worse.',
    'thresholds:',
    ...(Object.entries(DEFAULT_THRESHOLDS) as [ThresholdName, Band][]).map(
      ([metric, band]) =>
        `  ${metric}: { warning: ${limit(metric, band.warning)}, critical: ${limit(metric, band.critical)} }`
    ),
    `  min_requests: ${DEFAULT_MIN_REQUESTS} # fewer requests behind a check: "not enough requests", at least a warning`,
    '',
    '# Which requests get a row in results.csv: all (the default; about 66 bytes a request, so',
    '# tens of MB for a minute at a few thousand req/s), errors, sample:100 (one in 100) or none.',
    '# csv: errors',
    '',
    '# Which verdict fails the run (exit 1, a red check): critical, warning or never.',
    `fail_on: ${DEFAULTS.failOn}`,
    ''
  ]
  return lines.join('\n')
}

/** What the probe found, as comments above the endpoint. */
function probeComments(probe: ProbeResult | undefined, url: URL): string[] {
  if (!probe) return ["no URL was given to init: this one stands in; set your service's base_url and path"]
  if (!probe.answered)
    return [
      `not answered when init ran (${probe.reason}): start the service before a run`,
      `(perf-gate load stops with exit 3 while ${url.origin} does not answer)`
    ]
  const type = probe.contentType ? `, content-type ${probe.contentType}` : ''
  const lines = [`answered HTTP ${probe.status}${type} when init ran (${probe.ms} ms)`]
  if (probe.status === 401 || probe.status === 403)
    lines.push('it wants credentials: set headers above, or every request counts as an error')
  else if (probe.status >= 400) lines.push(`every ${probe.status} counts as an error in a run`)
  else if (probe.status >= 300)
    lines.push('a redirect is measured as it is: perf-gate does not follow it; use the final path')
  return lines
}

/** A limit in the notation the README uses: 1%, 250ms, 2s, 10. */
function limit(metric: ThresholdName, value: number): string {
  const unit = THRESHOLD_DEFINITIONS[metric].unit
  if (unit === 'percent') return `${value}%`
  if (unit === 'seconds') return Number.isInteger(value) ? `${value}s` : `${Math.round(value * 1000)}ms`
  return String(value)
}

/** A service name as a YAML key: quoted when it starts with a digit (`10_80` is a number in YAML 1.1). */
function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : JSON.stringify(name)
}

export interface WorkflowTemplate {
  service: string
  /** the config file, relative to the repository root */
  config: string
  /** where the service answers once started, when the probe found it answering 2xx or 3xx (or found nothing) */
  waitFor?: string
  /** `owner/perf-gate@ref` */
  uses: string
}

/** A pull-request workflow that starts the service and gates it with the action. */
export function renderWorkflow(t: WorkflowTemplate): string {
  return [
    '# Written by `perf-gate init --github`: on every pull request, start the service, load-test it',
    '# with ' + t.config + ' and fail the check on a critical threshold; one comment with the figures.',
    '# Edit: how the service is built and started (below), and where you use perf-gate from (uses:).',
    'name: Performance gate',
    'on:',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write # to create and update the perf-gate comment',
    '',
    'jobs:',
    '  perf:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 15',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '',
    '      # Replace with how your service is built: npm ci, ./gradlew assemble, docker compose build, ...',
    '      - name: Build the service',
    '        run: npm ci',
    '',
    '      - name: Performance gate',
    '        id: perf',
    '        # For supply-chain safety pin a full commit SHA instead of the tag',
    `        uses: ${t.uses}`,
    '        with:',
    `          service: ${JSON.stringify(t.service)} # defined in ${t.config}`,
    `          config: ${JSON.stringify(t.config)}`,
    '          start: npm start # the command that starts your service; stopped after the run',
    ...(t.waitFor
      ? [`          wait-for: ${JSON.stringify(t.waitFor)} # ready once it answers 2xx or 3xx`]
      : [
          '          # wait-for: a URL that answers 2xx or 3xx once it is ready (now: once the port takes connections)'
        ]),
    `          users: ${DEFAULTS.users}`,
    `          duration: ${DEFAULTS.duration}s`,
    `          fail-on: ${DEFAULTS.failOn}`,
    ''
  ].join('\n')
}
