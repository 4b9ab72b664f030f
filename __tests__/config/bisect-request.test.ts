import { describe, expect, it } from '@jest/globals'
import { DEFAULTS } from '../../src/config/defaults.js'
import {
  BISECT_DURATION,
  BISECT_LOOKS,
  parseBisectRequest,
  withBisectLooks,
  withPort
} from '../../src/config/bisect-request.js'
import { BISECT_FLAGS } from '../../src/cli/commands/bisect.js'
import { stepFigures } from '../../src/run/bisect-step.js'
import type { Comparison, MetricComparison } from '../../src/gate/compare.js'

const base = { service: 'svc', good: 'v1.0', bad: 'HEAD', build: 'true', start: 'node server.js {{port}}' }

describe('parseBisectRequest', () => {
  it('defaults: 30 s looks, up to 3 of them, before a step is skipped', () => {
    const r = withBisectLooks(parseBisectRequest(base, BISECT_FLAGS), {}, '--duration')
    expect(r.ab.load.duration).toBe(BISECT_DURATION)
    expect(r.ab.maxDuration).toBe(BISECT_LOOKS * BISECT_DURATION)
    expect(r).toMatchObject({
      good: 'v1.0',
      bad: 'HEAD',
      build: 'true',
      waitTimeoutSec: DEFAULTS.waitTimeout
    })
  })

  it('takes --max-duration as given, and one look when it equals --duration', () => {
    expect(
      parseBisectRequest({ ...base, duration: '10s', maxDuration: '50s' }, BISECT_FLAGS).ab.maxDuration
    ).toBe(50)
    const oneLook = parseBisectRequest({ ...base, duration: '10s', maxDuration: '10s' }, BISECT_FLAGS)
    expect(withBisectLooks(oneLook, {}, '--duration').ab.maxDuration).toBe(10)
  })

  it("without --max-duration, the config's ab.max_duration, checked against --duration and named by its line", () => {
    const config = { abMaxDuration: { seconds: 40, field: 'perf-gate.yml:3 ab.max_duration' } }
    const r = parseBisectRequest({ ...base, duration: '10s' }, BISECT_FLAGS)
    expect(withBisectLooks(r, config, '--duration').ab.maxDuration).toBe(40)
    const flag = parseBisectRequest({ ...base, duration: '10s', maxDuration: '20s' }, BISECT_FLAGS)
    expect(withBisectLooks(flag, config, '--duration').ab.maxDuration).toBe(20)
    const tooLong = { abMaxDuration: { seconds: 600, field: 'perf-gate.yml:3 ab.max_duration' } }
    expect(() => withBisectLooks(r, tooLong, '--duration')).toThrow(
      'perf-gate.yml:3 ab.max_duration: must be from --duration (10 s: one look) to 10 times it'
    )
  })

  it('the start command names the port as {{port}} or as the shell variable $PORT (set for it)', () => {
    for (const start of ['PORT=$PORT npm start', 'node server.js --port ${PORT}', 'node server.js {{port}}'])
      expect(parseBisectRequest({ ...base, start }, BISECT_FLAGS).start).toBe(start)
    expect(() => parseBisectRequest({ ...base, start: 'node server.js $PORTS' }, BISECT_FLAGS)).toThrow(
      '--start: must hold {{port}} or $PORT'
    )
    // and so does --wait-for, where perf-gate puts the port in for either
    const r = parseBisectRequest({ ...base, waitFor: 'http://127.0.0.1:$PORT/health' }, BISECT_FLAGS)
    expect(withPort(r.waitFor!, 8123)).toBe('http://127.0.0.1:8123/health')
    expect(withPort('PORT=${PORT} node s.js {{port}} $PORTAL', 9)).toBe('PORT=9 node s.js 9 $PORTAL')
  })

  it.each([
    [{ good: '' }, '--good: is required'],
    [{ build: ' ' }, '--build: is required'],
    [{ start: 'node server.js' }, '--start: must hold {{port}}'],
    [{ waitFor: 'http://127.0.0.1:8080/health' }, '--wait-for: must hold {{port}} or $PORT'],
    [{ waitFor: 'ftp://127.0.0.1:{{port}}/' }, '--wait-for'],
    [{ duration: '2s' }, '--duration: must hold at least 10 slices'],
    [{ maxDuration: '1h' }, '--max-duration: must be from --duration']
  ])('%j: %s', (change, message) => {
    expect(() => parseBisectRequest({ ...base, ...change }, BISECT_FLAGS)).toThrow(message)
  })

  it("puts each build's port in every {{port}}", () => {
    expect(withPort('PORT={{port}} node s.js --port {{port}}', 4100)).toBe('PORT=4100 node s.js --port 4100')
  })
})

describe('stepFigures', () => {
  const row = (
    metric: MetricComparison['metric'],
    verdict: MetricComparison['verdict'],
    change: number
  ): MetricComparison => ({
    metric,
    baseline: 1,
    current: 1 + change,
    change,
    ci_low: change - 0.1,
    ci_high: change + 0.1,
    tolerance: 0.1,
    verdict
  })
  const comparison = (verdict: Comparison['verdict'], metrics: MetricComparison[]): Comparison =>
    ({
      verdict,
      method: 'paired_slices',
      level: 0.95,
      windows: { baseline: 20, current: 20 },
      metrics
    }) as Comparison

  it('regression is bad and quotes the metric that regressed', () => {
    const f = stepFigures(
      comparison('regression', [
        row('median_response_time', 'no_change', 0.01),
        row('p95_response_time', 'regression', 0.5)
      ]),
      0.5
    )
    expect(f).toMatchObject({
      judgement: 'bad',
      verdict: 'regression',
      metric: 'p95_response_time',
      change: 0.5,
      load_seconds: 10
    })
  })

  it('no change and improvement are good; inconclusive is a skip', () => {
    expect(
      stepFigures(comparison('no_change', [row('median_response_time', 'no_change', 0)]), 1).judgement
    ).toBe('good')
    expect(
      stepFigures(comparison('improvement', [row('median_response_time', 'improvement', -0.3)]), 1).judgement
    ).toBe('good')
    expect(
      stepFigures(comparison('inconclusive', [row('median_response_time', 'inconclusive', 0.08)]), 1)
    ).toMatchObject({
      judgement: 'skip',
      metric: 'median_response_time'
    })
  })

  it('with the metrics that regressed at the bad commit, judges on them alone', () => {
    const rows = [
      row('median_response_time', 'no_change', 0.01),
      row('p95_response_time', 'inconclusive', 0.2)
    ]
    // on every metric, the undecided p95 would skip the commit; on the median alone it is good
    expect(stepFigures(comparison('inconclusive', rows), 1).judgement).toBe('skip')
    expect(stepFigures(comparison('inconclusive', rows), 1, ['median_response_time'])).toMatchObject({
      judgement: 'good',
      verdict: 'no_change',
      judged_on: ['median_response_time'],
      metric: 'median_response_time'
    })
    expect(stepFigures(comparison('inconclusive', rows), 1, ['p95_response_time']).judgement).toBe('skip')
  })

  it('quotes the whole run, not a journey step', () => {
    const step = { ...row('median_response_time', 'regression', 2), endpoint: 'checkout/pay' }
    const f = stepFigures(comparison('regression', [step, row('median_response_time', 'no_change', 0)]), 1)
    expect(f).toMatchObject({ metric: 'median_response_time', change: 0 })
  })
})
