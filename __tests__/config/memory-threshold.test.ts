import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/parse.js'
import { parseBytes } from '../../src/config/units.js'

describe('bytes, as memory limits are written', () => {
  it.each([
    ['50MB', 50e6],
    ['1.5GB', 1.5e9],
    ['512KiB', 524_288],
    ['200MiB', 209_715_200],
    ['1048576', 1_048_576],
    [' 50 mb/h ', 50e6],
    ['2TB', 2e12],
    ['100B', 100]
  ])('%j is %d bytes (MB decimal, MiB binary)', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes)
  })

  it.each(['', 'MB', '50XB', '-5MB', '5 megabytes', '1.2.3MB'])('%j is not a size', (text) => {
    expect(parseBytes(text)).toBeUndefined()
  })
})

describe('thresholds.rss_growth_per_hour', () => {
  it('takes bands in bytes per hour, at the top or under a service', () => {
    const config = parseConfigText(
      [
        'thresholds:',
        '  rss_growth_per_hour: { warning: 50MB, critical: 1.5GB }',
        'services:',
        '  api:',
        '    port: 8080',
        '    thresholds: { rss_growth_per_hour: { warning: 10000000, critical: 20MB/h } }'
      ].join('\n')
    )
    expect(config.thresholds?.rss_growth_per_hour).toEqual({ warning: 50e6, critical: 1.5e9 })
    expect(config.services?.api.thresholds?.rss_growth_per_hour).toEqual({ warning: 10e6, critical: 20e6 })
  })

  it('a value that is no size is one line naming the field and the forms it takes', () => {
    expect(() =>
      parseConfigText('thresholds:\n  rss_growth_per_hour: { warning: fifty, critical: 200MB }\n')
    ).toThrow(
      'perf-gate.yml:2 thresholds.rss_growth_per_hour.warning: must be bytes per hour such as 50MB, 1.5GB, 512MiB or plain bytes (got "fifty")'
    )
    expect(() =>
      parseConfigText('thresholds:\n  rss_growth_per_hour: { warning: 300MB, critical: 200MB }\n')
    ).toThrow('thresholds.rss_growth_per_hour: warning must not be above critical')
  })

  it("under an endpoint it is refused: it judges the service's process, not a request", () => {
    expect(() =>
      parseConfigText(
        [
          'services:',
          '  api:',
          '    port: 8080',
          '    endpoints:',
          '      - path: /a',
          '        thresholds: { rss_growth_per_hour: { warning: 50MB, critical: 200MB } }'
        ].join('\n')
      )
    ).toThrow(
      "perf-gate.yml:6 services.api.endpoints[0].thresholds.rss_growth_per_hour: judges the service's own process, not an endpoint: set it under the service's thresholds or the top-level ones"
    )
  })
})
