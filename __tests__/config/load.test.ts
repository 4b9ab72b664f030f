import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { parseConfigText } from '../../src/config/parse.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { configJsonSchema } from '../../src/config/schema.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'
import { inputError } from '../helpers/input-error.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'

describe('config file', () => {
  it('parses units of every threshold kind', () => {
    const cfg = parseConfigText(
      [
        'thresholds:',
        '  error_rate: { warning: 0.5%, critical: 2 }',
        '  p95_response_time: { warning: 300ms, critical: 1.5s }',
        '  avg_response_time: { warning: 0.2, critical: 1m }',
        '  requests_per_second: { warning: 100, critical: "20" }'
      ].join('\n')
    )
    expect(cfg.thresholds).toEqual({
      error_rate: { warning: 0.5, critical: 2 },
      p95_response_time: { warning: 0.3, critical: 1.5 },
      avg_response_time: { warning: 0.2, critical: 60 },
      requests_per_second: { warning: 100, critical: 20 }
    })
  })

  it('sets each comparison tolerance the config names, throughput included', async () => {
    const dir = await tempDir()
    const file = join(dir, 'perf-gate.yml')
    await writeFile(
      file,
      'tolerances:\n  p50_response_time: 5%\n  p95_response_time: 20%\n  requests_per_second: 5%\n  error_rate: 1\n'
    )
    const cfg = await loadConfig({ file })
    expect(cfg.tolerances).toEqual({
      median_response_time: 0.05,
      p95_response_time: 0.2,
      requests_per_second: 0.05,
      error_rate: 1
    })
  })

  it('accepts JSON as well as YAML', () => {
    const cfg = parseConfigText(
      '{"fail_on": "warning", "services": {"a": {"port": 9000, "endpoints": [{"path": "/"}]}}}',
      'x.json'
    )
    expect(cfg.fail_on).toBe('warning')
    expect(cfg.services?.a.endpoints?.[0]).toMatchObject({ path: '/', method: 'GET', weight: 1 })
  })

  it('names file, line and field of a bad value', () => {
    const e = inputError(() =>
      parseConfigText(
        'services:\n  a:\n    port: 9000\n    endpoints:\n      - path: /x\n        weight: 0\n',
        'p.yml'
      )
    )
    expect(e.message).toBe('p.yml:6 services.a.endpoints[0].weight: must be at least 1')
  })

  it('names an unknown field and lists the allowed ones', () => {
    const e = inputError(() =>
      parseConfigText('thresholds:\n  p90_response_time: { warning: 1, critical: 2 }\n', 'p.yml')
    )
    expect(e.message).toMatch(
      /^p\.yml:2 thresholds\.p90_response_time: unknown field \(allowed: error_rate, /
    )
  })

  it('an unknown field under ab or drift lists their own fields, and the nearest one', () => {
    expect(inputError(() => parseConfigText('ab:\n  pairng: duet\n', 'p.yml')).message).toBe(
      'p.yml:2 ab.pairng: unknown field (allowed: max_duration, pairing); did you mean pairing?'
    )
    expect(inputError(() => parseConfigText('drift:\n  p95: 10%\n', 'p.yml')).message).toMatch(
      /^p\.yml:2 drift\.p95: unknown field \(allowed: window, p50_drift, p95_drift, throughput_decay, error_rate_rise\)/
    )
    expect(
      inputError(() =>
        parseConfigText('services:\n  a:\n    base_url: http://x\n    drift:\n      windw: 5m\n', 'p.yml')
      ).message
    ).toMatch(
      /^p\.yml:5 services\.a\.drift\.windw: unknown field \(allowed: window, .*did you mean window\?$/
    )
  })

  it('rejects bands in the wrong order, and bad units', () => {
    expect(
      inputError(() => parseConfigText('thresholds:\n  error_rate: { warning: 5%, critical: 1% }\n')).message
    ).toMatch(/thresholds\.error_rate: warning must not be above critical/)
    expect(
      inputError(() => parseConfigText('thresholds:\n  requests_per_second: { warning: 1, critical: 10 }\n'))
        .message
    ).toMatch(/lower is worse/)
    expect(
      inputError(() => parseConfigText('thresholds:\n  p95_response_time: { warning: fast, critical: 2s }\n'))
        .message
    ).toMatch(/:2 thresholds\.p95_response_time\.warning: must be a time such as 500ms/)
  })

  it('refuses a percentage band above 100% and a min_requests that is no whole number of at least 1', () => {
    const msg = (yaml: string): string => inputError(() => parseConfigText(yaml)).message
    expect(msg('thresholds:\n  run_completion: { warning: 150%, critical: 10% }\n')).toMatch(
      /thresholds\.run_completion: a percentage is at most 100%/
    )
    expect(msg('thresholds:\n  dropped_requests: { warning: 1%, critical: 120% }\n')).toMatch(/at most 100%/)
    expect(msg('thresholds:\n  min_requests: 0\n')).toMatch(/thresholds\.min_requests: must be at least 1/)
    expect(msg('thresholds:\n  min_requests: 2.5\n')).toMatch(
      /thresholds\.min_requests: must be a whole number of requests, such as 20/
    )
    expect(parseConfigText('thresholds:\n  min_requests: 5\n').thresholds?.min_requests).toBe(5)
  })

  it('rejects both base_url and port, and a new service without endpoints', async () => {
    expect(
      inputError(() => parseConfigText('services:\n  a:\n    port: 1\n    base_url: http://x\n')).message
    ).toMatch(/services\.a: set either base_url or port/)
    const dir = await tempDir()
    const file = join(dir, 'new.yml')
    await writeFile(file, 'services:\n  brand_new:\n    port: 9000\n')
    await expect(loadConfig({ file })).rejects.toThrow(
      'new.yml services.brand_new.endpoints: a new service needs at least one endpoint'
    )
  })

  it('merges presets, defaults and overrides', async () => {
    const cfg = await loadConfig({ env: { PERF_GATE_API_KEY: 'k-123' } })
    expect(Object.keys(cfg.services).sort()).toEqual(['document_processing', 'pkd_service', 'ui_app'])
    expect(cfg.thresholds).toEqual(DEFAULT_THRESHOLDS)
    const t = resolveTarget(cfg, 'pkd_service')
    expect(t.baseUrl).toBe('http://localhost:8088')
    expect(t.endpoints.map((e) => e.name)).toEqual([
      'GET /',
      'GET /docs',
      'GET /v1/masterlist',
      'GET /v1/dsclist',
      'GET /v1/crl'
    ])
    expect(t.endpoints[0].headers['X-API-Key']).toBe('k-123')
    expect(t.secrets).toContain('k-123')
    expect(t.unreachableMessage).toBe('❌ Service pkd_service is not running on port 8088')
  })

  it('fills ${ENV} in headers only for the service being resolved, and treats the values as secrets', async () => {
    const file = join(ROOT, 'examples/perf-gate.yml')
    const cfg = await loadConfig({ file, env: { API_TOKEN: 'tok-secret-1' } })
    const t = resolveTarget(cfg, 'custom_service')
    expect(t.endpoints[0].headers.Authorization).toBe('Bearer tok-secret-1')
    expect(t.secrets).toEqual(expect.arrayContaining(['Bearer tok-secret-1', 'tok-secret-1']))
    const noEnv = await loadConfig({ file, env: {} })
    expect(() => resolveTarget(noEnv, 'pkd_service')).not.toThrow()
    expect(inputError(() => resolveTarget(noEnv, 'custom_service')).message).toBe(
      'perf-gate.yml services.custom_service.headers.Authorization: environment variable API_TOKEN is not set (export it, or write ${API_TOKEN:-default})'
    )
  })

  it('applies --base-url, keeping a path prefix', async () => {
    const cfg = await loadConfig()
    const t = resolveTarget(cfg, 'ui_app', new URL('http://127.0.0.1:9999/prefix/'))
    expect(t.baseUrl).toBe('http://127.0.0.1:9999/prefix')
    expect(t.endpoints[1].path).toBe('/prefix/health')
    expect(t.endpoints[1].name).toBe('GET /health')
    expect(t.unreachableMessage).toBe('❌ Service ui_app is not reachable at http://127.0.0.1:9999')
  })

  it('publishes the committed JSON Schema from the same model', async () => {
    const committed = JSON.parse(await readFile(join(ROOT, 'schema/perf-gate.schema.json'), 'utf8'))
    expect(committed).toEqual(configJsonSchema())
    expect(Object.keys(committed.properties)).toEqual(
      expect.arrayContaining(['services', 'thresholds', 'fail_on'])
    )
  })
})
