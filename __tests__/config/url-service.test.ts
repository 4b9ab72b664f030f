import { describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { parseRunRequest, OPTION_LABELS } from '../../src/config/run-request.js'
import { isUrlService, urlService } from '../../src/config/url-service.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'

describe('a URL in place of a service', () => {
  it.each([
    ['http://127.0.0.1:4873/-/ping', '127.0.0.1_4873_-_ping'],
    ['http://localhost:8080/', 'localhost_8080'],
    ['https://api.example.com/v1/items?page=2', 'api.example.com_443_v1_items'],
    ['http://example.com', 'example.com_80'],
    ['http://[::1]:9000/a b/ü', '_1_9000_a_20b_C3_BC']
  ])('%s is reported as %s (letters, digits, _ . - only)', (url, name) => {
    const s = urlService(url)!
    expect(s.name).toBe(name)
    expect(s.name).toMatch(/^[A-Za-z0-9_.-]+$/)
  })

  it('names are never URLs, URLs are never names', () => {
    expect(['pkd_service', 'my.api', 'a-b'].map(isUrlService)).toEqual([false, false, false])
    expect(['http://x', 'HTTPS://x', 'ftp://x'].map(isUrlService)).toEqual([true, true, true])
  })

  it('resolves to one GET endpoint (path and query) at the origin, with the config thresholds', async () => {
    const config = await loadConfig()
    const t = resolveTarget(config, 'http://127.0.0.1:4873/-/ping?x=1')
    expect(t.service).toBe('127.0.0.1_4873_-_ping')
    expect(t.baseUrl).toBe('http://127.0.0.1:4873')
    expect(t.endpoints.map((e) => [e.name, e.method, e.path, e.weight])).toEqual([
      ['GET /-/ping?x=1', 'GET', '/-/ping?x=1', 1]
    ])
    expect(t.thresholds).toEqual(DEFAULT_THRESHOLDS)
    expect(t.fromUrl).toBe('http://127.0.0.1:4873/-/ping?x=1')
  })

  it('refuses a base URL beside it, a fragment, credentials and other schemes, naming the field', () => {
    const parse = (service: string, baseUrl?: string) => () =>
      parseRunRequest({ service, baseUrl }, OPTION_LABELS)
    expect(parse('http://h:1/x', 'http://other:2')).toThrow(
      /^baseUrl: does not apply when the service is a URL/
    )
    expect(parse('http://h:1/x#frag')).toThrow(/^service: must not contain a fragment/)
    expect(parse('http://u:p@h:1/x')).toThrow(/^service: must not contain credentials/)
    expect(parse('ftp://h/x')).toThrow(/^service: must use http:\/\/ or https:\/\//)
    expect(parse('http://h:1/x')).not.toThrow()
  })
})
