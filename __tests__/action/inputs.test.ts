import { describe, expect, it } from '@jest/globals'
import { artifactName, parseInputs } from '../../src/action/inputs.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('parseInputs', () => {
  it('applies the defaults of action.yml when the runner passes nothing', () => {
    expect(parseInputs(reader({ service: 'pkd_service' }))).toEqual({
      request: {
        service: 'pkd_service',
        mode: 'load',
        users: 10,
        duration: 60,
        maxUsers: 100,
        rps: undefined,
        timeout: 10,
        baseUrl: undefined,
        workers: 1
      },
      config: undefined,
      failOn: undefined,
      baseline: undefined,
      outputDir: 'reports/performance',
      artifactName: undefined,
      uploadArtifact: true,
      comment: true,
      githubToken: undefined,
      apiKey: undefined,
      metricsPort: undefined,
      metricsLinger: 0,
      pushgateway: undefined
    })
    expect(parseInputs(reader({ service: 'pkd_service', mode: 'stress' })).request).toEqual({
      service: 'pkd_service',
      mode: 'stress',
      stress: { maxUsers: 100, rampUp: 300, steps: 10, stopOnBreak: false },
      rps: undefined,
      timeout: 10,
      baseUrl: undefined,
      workers: 1
    })
  })

  it('parses every input', () => {
    const s = parseInputs(
      reader({
        service: ' ui_app ',
        mode: 'stress',
        users: '25',
        duration: '30.5',
        rps: '200',
        'max-users': '50',
        'ramp-up': '120',
        timeout: '2',
        'base-url': 'http://localhost:8000',
        'fail-on': 'warning',
        'upload-artifact': 'False',
        comment: 'no',
        'api-key': 'k'
      })
    )
    expect(s.request).toMatchObject({
      service: 'ui_app',
      mode: 'stress',
      rps: 200,
      stress: { maxUsers: 50, rampUp: 120 },
      timeout: 2
    })
    expect(s.request.baseUrl?.href).toBe('http://localhost:8000/')
    // a load step reads users and duration from the same inputs
    expect(parseInputs(reader({ service: 'ui_app', users: '25', duration: '30.5' })).request).toMatchObject({
      users: 25,
      duration: 30.5
    })
    expect(s).toMatchObject({
      failOn: 'warning',
      uploadArtifact: false,
      comment: false,
      apiKey: 'k'
    })
  })

  it('reads a shard and its start, and mode merge with its runs (one per line)', () => {
    const shard = parseInputs(
      reader({ service: 'x', users: '8', shard: '2/4', 'start-at': '2026-11-26T18:00:00Z' })
    )
    expect(shard.request).toMatchObject({ shard: { index: 2, of: 4 }, users: 8 })
    expect(shard.request.startAt?.toISOString()).toBe('2026-11-26T18:00:00.000Z')
    const merge = parseInputs(reader({ service: 'x', mode: 'merge', runs: 'shards/a\n  shards/b\n\n' }))
    expect(merge.merge).toEqual({ runs: ['shards/a', 'shards/b'] })
  })

  it('takes durations as k6 and Artillery users write them, and 0 for metrics-linger', () => {
    const s = parseInputs(
      reader({ service: 'x', duration: '1h30m', 'ramp-up': '5m', timeout: '500ms', 'metrics-linger': '0' })
    )
    expect(s).toMatchObject({ request: { duration: 5400, timeout: 0.5 }, metricsLinger: 0 })
    expect(parseInputs(reader({ service: 'x', mode: 'stress', 'ramp-up': '5m' })).request).toMatchObject({
      stress: { rampUp: 300 }
    })
    expect(parseInputs(reader({ service: 'x', duration: '30s', 'metrics-linger': '1m' }))).toMatchObject({
      request: { duration: 30 },
      metricsLinger: 60
    })
  })

  it('watch-pid: a running service whose memory and CPU are sampled', () => {
    expect(parseInputs(reader({ service: 'x', 'watch-pid': ' 4242 ' })).watchPid).toBe(4242)
    expect(parseInputs(reader({ service: 'x', 'watch-pid': '' }))).not.toHaveProperty('watchPid')
  })

  it('mode ab takes warmup: each side is warmed up before its first slice', () => {
    const settings = parseInputs(
      reader({
        service: 'x',
        mode: 'ab',
        'baseline-url': 'http://127.0.0.1:1',
        'base-url': 'http://127.0.0.1:2',
        duration: '20s',
        warmup: '5s'
      })
    )
    expect(settings.ab?.load.warmup).toBe(5)
  })

  it("pairing: unset when empty (the config's, else alternate); another value, or duet outside mode ab, is refused", () => {
    const ab = {
      service: 'x',
      mode: 'ab',
      'baseline-url': 'http://127.0.0.1:1',
      'base-url': 'http://127.0.0.1:2'
    }
    expect(parseInputs(reader({ ...ab, duration: '20s', pairing: '' })).ab?.pairing).toBeUndefined()
    expect(parseInputs(reader({ ...ab, duration: '20s', pairing: 'duet' })).ab?.pairing).toBe('duet')
    expect(() => parseInputs(reader({ ...ab, pairing: 'both' }))).toThrow(
      'pairing: must be alternate (one side at a time) or duet (both at once, for a noisy machine) (got "both")'
    )
    expect(() => parseInputs(reader({ service: 'x', pairing: 'duet' }))).toThrow(
      'pairing: applies in mode ab only: how the two sides share the run'
    )
  })

  it.each([
    [{ users: '0' }, 'users: must be a whole number from 1 to 10000 (got "0")'],
    [
      { duration: 'long' },
      'duration: must be a duration such as 30s, 5m or 1h30m (or plain seconds), above 0 and at most 24h (got "long")'
    ],
    [{ 'ramp-up': '0s' }, 'ramp-up: must be a duration such as 30s, 5m or 1h30m (or plain seconds), above 0'],
    [
      { 'metrics-linger': '-1' },
      'metrics-linger: must be a duration such as 500ms, 10s or 5m (or plain seconds), from 0 and at most 1h'
    ],
    [{ 'fail-on': 'always' }, 'fail-on: must be one of critical, warning, never (got "always")'],
    [{ 'base-url': 'localhost' }, 'base-url: must be an absolute http:// or https:// URL'],
    [{ mode: 'spike' }, 'mode: must be load, stress, soak, ab or merge (got "spike")'],
    [{ shard: '5/4' }, 'shard: must be I/N'],
    [{ shard: '1/4', users: '3' }, 'users: must be at least the number of shards (4)'],
    [
      { shard: '1/2', 'start-at': '2026-02-30T18:00:00Z' },
      'start-at: must be an ISO 8601 time with its zone'
    ],
    [
      { mode: 'ab', 'baseline-url': 'http://127.0.0.1:1', 'base-url': 'http://127.0.0.1:2', shard: '1/2' },
      'shard: does not apply in mode ab'
    ],
    [{ mode: 'merge' }, 'runs: is required in mode merge'],
    [{ mode: 'merge', runs: 'shards', baseline: 'old' }, 'baseline: does not apply in mode merge'],
    [{ mode: 'ab', 'base-url': 'http://127.0.0.1:2' }, 'baseline-url: is required'],
    [{ 'upload-artifact': 'maybe' }, 'upload-artifact: must be true or false (got "maybe")'],
    [{ 'watch-pid': 'nginx' }, 'watch-pid: must be the process id of the running service'],
    [
      { 'watch-pid': '1234', start: 'npm start' },
      'watch-pid: watches a service perf-gate did not start; with start'
    ],
    [
      {
        mode: 'ab',
        'baseline-url': 'http://127.0.0.1:1',
        'base-url': 'http://127.0.0.1:2',
        'watch-pid': '1'
      },
      'watch-pid: does not apply in mode ab'
    ],
    [{ mode: 'merge', runs: 'shards', 'watch-pid': '1' }, 'watch-pid: does not apply in mode merge']
  ])('rejects %j naming the input', (bad, message) => {
    expect(() => parseInputs(reader({ service: 'x', ...bad }))).toThrow(message)
  })
})

describe('artifactName', () => {
  it('is unique per run directory, job and attempt, and safe for the artifact service', () => {
    expect(artifactName(undefined, 'reports/performance/load_test_api_20261125_120000', 'perf', '2')).toBe(
      'perf-gate-load_test_api_20261125_120000-perf-2'
    )
    expect(artifactName('my:reports/"x"', 'd', 'j', '1')).toBe('my-reports-x-')
    // matrix jobs share the job id, and shards started by --start-at the run directory's second
    expect(artifactName(undefined, 'r/load_test_api_20261125_120000', 'perf', '1', { index: 2, of: 4 })).toBe(
      'perf-gate-shard-2-of-4-load_test_api_20261125_120000-perf-1'
    )
  })
})

describe('action.yml', () => {
  it('declares exactly the inputs the action reads, and the outputs it sets', async () => {
    const { readFile } = await import('node:fs/promises')
    const { parse } = await import('yaml')
    const { join } = await import('node:path')
    const { ROOT } = await import('../helpers/run-cli.js')
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'))
    const read: string[] = []
    parseInputs((name) => (read.push(name), name === 'service' ? 'x' : ''))
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort())
    expect(Object.keys(action.outputs).sort()).toEqual([
      'comparison',
      'error-rate',
      'metrics-file',
      'p95',
      'partial',
      'report-dir',
      'rps',
      'verdict'
    ])
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, input] of Object.entries<any>(action.inputs)) {
      expect(input.description?.length).toBeGreaterThan(10)
      if (name !== 'service') expect(input).toHaveProperty('default')
    }
  })
})
