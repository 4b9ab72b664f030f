import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseInputs } from '../../src/action/inputs.js'
import { AB_FLAGS } from '../../src/cli/commands/ab.js'
import { CLI_LABELS } from '../../src/cli/common-options.js'
import { parseAbRequest } from '../../src/config/ab-request.js'
import { loadConfig } from '../../src/config/load.js'
import { parseConfigText } from '../../src/config/parse.js'
import { parseRunRequest, type LoadRequest } from '../../src/config/run-request.js'
import { planTest } from '../../src/run/perform-test.js'
import { buildRunPlan } from '../../src/run/plan.js'
import { inputError } from '../helpers/input-error.js'
import { tempDir } from '../helpers/run-cli.js'

async function config(yaml: string) {
  const file = join(await tempDir(), 'perf-gate.yml')
  await writeFile(file, yaml)
  return loadConfig({ file, env: {} })
}

const load = (over: Partial<LoadRequest> = {}): LoadRequest => ({
  service: 'api',
  mode: 'load',
  users: 4,
  duration: 20,
  maxUsers: 100,
  timeout: 2,
  ...over
})

const API = 'services:\n  api:\n    port: 9\n    endpoints: [{ path: /x }, { path: /y }]\n'

describe('abort_after in perf-gate.yml', () => {
  it('is read on the thresholds a second has figures for, overall, per service and per endpoint', () => {
    const cfg = parseConfigText(
      [
        'thresholds:',
        '  p95_response_time: { warning: 200ms, critical: 500ms, abort_after: 30s }',
        '  requests_per_second: { warning: 10, critical: 1, abort_after: 1m }',
        'services:',
        '  api:',
        '    port: 9',
        '    thresholds: { error_rate: { warning: 1%, critical: 5%, abort_after: 10 } }',
        '    endpoints:',
        '      - path: /x',
        '        thresholds: { p99_response_time: { warning: 1s, critical: 2s, abort_after: 5s } }'
      ].join('\n')
    )
    expect(cfg.thresholds?.p95_response_time).toEqual({ warning: 0.2, critical: 0.5, abort_after: 30 })
    expect(cfg.thresholds?.requests_per_second?.abort_after).toBe(60)
    expect(cfg.services?.api.thresholds?.error_rate?.abort_after).toBe(10)
    expect(cfg.services?.api.endpoints?.[0].thresholds?.p99_response_time?.abort_after).toBe(5)
  })

  it('refuses less than a second, naming file, line and field', () => {
    const e = inputError(() =>
      parseConfigText(
        'thresholds:\n  p95_response_time: { warning: 1s, critical: 2s, abort_after: 500ms }\n',
        'p.yml'
      )
    )
    expect(e.message).toBe(
      'p.yml:2 thresholds.p95_response_time.abort_after: must be a duration of at least 1s such as 30s or 2m: each second is judged on its own figures (got "500ms")'
    )
  })

  it('is no field of a threshold judged on the whole run, and the message says where it is', () => {
    const e = inputError(() =>
      parseConfigText(
        'thresholds:\n  late_requests: { warning: 10%, critical: 30%, abort_after: 10s }\n',
        'p.yml'
      )
    )
    expect(e.message).toBe(
      'p.yml:2 thresholds.late_requests.abort_after: unknown field (allowed: warning, critical; abort_after only on error_rate, avg_response_time, p50_response_time, p95_response_time, p99_response_time, requests_per_second, which each second has figures for)'
    )
  })

  it('refuses one longer than the run before anything runs, naming the field', async () => {
    const cfg = await config(
      API + 'thresholds:\n  p95_response_time: { warning: 200ms, critical: 500ms, abort_after: 30s }\n'
    )
    expect(() => planTest(load({ duration: 20 }), cfg)).toThrow(
      'perf-gate.yml thresholds.p95_response_time.abort_after: is 30s, longer than the run (20s of load): it could never stop it; shorten abort_after or lengthen the run'
    )
    expect(() => planTest(load({ duration: 30 }), cfg)).not.toThrow()
    // an endpoint's own, against a stress ramp's length
    const ep = await config(
      'services:\n  api:\n    port: 9\n    endpoints:\n      - path: /x\n        thresholds: { error_rate: { warning: 1, critical: 5, abort_after: 2m } }\n'
    )
    expect(() =>
      planTest(
        {
          service: 'api',
          mode: 'stress',
          timeout: 2,
          stress: { maxUsers: 10, rampUp: 60, steps: 2, stopOnBreak: false }
        },
        ep
      )
    ).toThrow(
      'perf-gate.yml services.api.endpoints[0].thresholds.error_rate.abort_after: is 2m, longer than the run (1m of load)'
    )
  })

  it('a shard keeps abort_after on the throughput bands it scales', async () => {
    const cfg = await config(
      API + 'thresholds:\n  requests_per_second: { warning: 100, critical: 40, abort_after: 5s }\n'
    )
    const { plan } = planTest({ ...load(), users: 4, shard: { index: 1, of: 2 } }, cfg)
    expect(plan.target.thresholds.requests_per_second).toEqual({ warning: 50, critical: 20, abort_after: 5 })
  })
})

describe('csv: the choice of rows in results.csv', () => {
  it('the run’s own choice, else the service’s, else the top level’s, else all', async () => {
    const cfg = await config(
      'csv: errors\nservices:\n  api:\n    port: 9\n    csv: sample:50\n    endpoints: [{ path: /x }]\n  other:\n    port: 9\n    endpoints: [{ path: /x }]\n'
    )
    expect(buildRunPlan(load({ csv: 'none' }), cfg).settings.csv).toBe('none')
    expect(buildRunPlan(load(), cfg).settings.csv).toBe('sample:50')
    expect(buildRunPlan(load({ service: 'other' }), cfg).settings.csv).toBe('errors')
    expect(buildRunPlan(load({ service: 'pkd_service' }), await loadConfig()).settings.csv).toBe('all')
  })

  it('a bad choice in the config names file, line and field', () => {
    expect(inputError(() => parseConfigText('fail_on: critical\ncsv: some\n', 'p.yml')).message).toBe(
      'p.yml:2 csv: must be one of all, errors, sample:N (every failed request and one in N of the others) or none (got "some")'
    )
    expect(
      inputError(() =>
        parseConfigText(
          'services:\n  a:\n    port: 9\n    csv: sample:0\n    endpoints: [{ path: / }]\n',
          'p.yml'
        )
      ).message
    ).toMatch(/^p\.yml:4 services\.a\.csv: must be sample:N with N a whole number from 1/)
  })

  it('--csv, input csv and option csv are checked with the run, each under its own name', () => {
    expect(parseRunRequest({ service: 'api', csv: 'sample:10' }, CLI_LABELS)).toMatchObject({
      csv: 'sample:10'
    })
    expect(parseRunRequest({ service: 'api', csv: '' }, CLI_LABELS)).not.toHaveProperty('csv')
    expect(inputError(() => parseRunRequest({ service: 'api', csv: 'sample:0' }, CLI_LABELS)).field).toBe(
      '--csv'
    )
    const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
    expect(parseInputs(read({ service: 'api', csv: 'errors' })).request.csv).toBe('errors')
    expect(inputError(() => parseInputs(read({ service: 'api', csv: 'some' }))).message).toMatch(
      /^csv: must be one of/
    )
    // mode merge writes no CSV of its own: the input would be ignored, so it is refused
    expect(
      inputError(() => parseInputs(read({ service: 'api', mode: 'merge', runs: 'a', csv: 'errors' }))).message
    ).toBe(
      "csv: does not apply in mode merge: the merged results.csv holds the shards' rows, as each shard's own csv kept them"
    )
    const ab = parseAbRequest(
      { service: 'api', aUrl: 'http://a.test', bUrl: 'http://b.test', duration: 20, csv: 'none' },
      AB_FLAGS
    )
    expect(ab.load.csv).toBe('none')
  })
})
