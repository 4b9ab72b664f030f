import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { alertQueries, alertRulesYaml } from '../../src/monitoring/alert-rules.js'
import { dashboardJson, dashboardQueries } from '../../src/monitoring/dashboard.js'
import { MONITORING_FILES, setupMonitoring } from '../../src/monitoring/setup.js'
import { tempDir } from '../helpers/run-cli.js'
import { PROMTOOL, PROMTOOL_DEP } from '../helpers/prometheus.js'
import { describeNeeds } from '../helpers/system-deps.js'

const run = promisify(execFile)
const THRESHOLDS = {
  error_rate: { warning: 2, critical: 10 },
  p95_response_time: { warning: 0.5, critical: 2 },
  requests_per_second: { warning: 20, critical: 5 }
}

describe('alert rules and dashboard from the gate thresholds', () => {
  it('has a warning and a critical alert per metric at the configured limits', () => {
    const q = alertQueries(THRESHOLDS)
    expect(q.map((a) => `${a.alert}/${a.severity} ${a.op} ${a.limit}`)).toEqual([
      'HighErrorRate/warning >= 2',
      'HighResponseTime/warning >= 0.5',
      'LowThroughput/warning <= 20',
      'HighErrorRate/critical >= 10',
      'HighResponseTime/critical >= 2',
      'LowThroughput/critical <= 5'
    ])
    const rules = parse(alertRulesYaml(THRESHOLDS)).groups[0].rules
    expect(rules.map((r: any) => r.labels.severity)).toEqual([
      'warning',
      'warning',
      'warning',
      'critical',
      'critical',
      'critical'
    ])
  })

  it('the dashboard has datasource, service and endpoint variables, and threshold steps from the config', () => {
    const d = dashboardJson(THRESHOLDS) as any
    expect(d.templating.list.map((v: any) => v.name)).toEqual(['datasource', 'service', 'endpoint'])
    const titles = d.panels.map((p: any) => p.title)
    expect(titles).toEqual([
      'Requests per second by endpoint',
      'Response time p50 / p95 / p99',
      'Error rate',
      'Errors by type',
      'Active users'
    ])
    const errorPanel = d.panels[2]
    expect(errorPanel.fieldConfig.defaults.thresholds.steps.map((s: any) => s.value)).toEqual([null, 2, 10])
    expect(errorPanel.fieldConfig.defaults.custom.thresholdsStyle.mode).toBe('line+area')
    expect(d.panels.flatMap((p: any) => p.targets.map((t: any) => t.expr))).toEqual(
      dashboardQueries().map((q) => q.expr)
    )
  })

  it('setup writes three files and keeps the ones a person changed unless forced', async () => {
    const dir = await tempDir()
    const first = await setupMonitoring(dir, THRESHOLDS)
    expect(first.written).toHaveLength(3)
    // a regenerated file (new thresholds) is replaced: nobody edited it
    const again = await setupMonitoring(dir, { ...THRESHOLDS, error_rate: { warning: 3, critical: 9 } })
    expect(again.written).toHaveLength(3)
    const rulesPath = join(dir, MONITORING_FILES.rules)
    await writeFile(rulesPath, (await readFile(rulesPath, 'utf8')) + '# my own tweak\n')
    const kept = await setupMonitoring(dir, THRESHOLDS)
    expect(kept.kept).toEqual([rulesPath])
    expect(await readFile(rulesPath, 'utf8')).toContain('# my own tweak')
    const forced = await setupMonitoring(dir, THRESHOLDS, true)
    expect(forced.written).toContain(rulesPath)
    expect(await readFile(rulesPath, 'utf8')).not.toContain('# my own tweak')
  })
})

const withPromtool = describeNeeds(PROMTOOL_DEP)

withPromtool('promtool on the generated rules', () => {
  it('`promtool check rules` passes and `promtool test rules` shows each alert firing above its threshold and quiet below', async () => {
    const dir = await tempDir()
    await setupMonitoring(dir, THRESHOLDS)
    const rules = join(dir, MONITORING_FILES.rules)
    const check = await run(PROMTOOL!, ['check', 'rules', rules])
    expect(check.stdout).toContain('SUCCESS: 6 rules found')

    // counters grow every 15 s: `bad` 10 req/s with 20% errors, all between 2.5 s and 5 s;
    // `good` 60 req/s, 0.1% errors, fast; `slow` 2 req/s with users on; `idle` no users, no traffic
    const s = (name: string, labels: string, values: string) => ({ series: `${name}{${labels}}`, values })
    // descriptions carry units, as the gate's tables write them
    const limits: Record<string, Record<string, string>> = {
      HighErrorRate: {
        warning: 'Error rate is warning at or above 2%',
        critical: 'Error rate is critical at or above 10%'
      },
      HighResponseTime: {
        warning: 'p95 response time is warning at or above 500 ms',
        critical: 'p95 response time is critical at or above 2 s'
      },
      LowThroughput: {
        warning: 'Throughput is warning at or below 20 req/s',
        critical: 'Throughput is critical at or below 5 req/s'
      }
    }
    // both severities of one alert for one service, with the summary the rule must compute
    const both = (name: string, service: string, summary: string) =>
      ['warning', 'critical'].map((severity) => ({
        exp_labels: { service, severity, source: 'perf-gate' },
        exp_annotations: {
          summary,
          description: `${limits[name][severity]} (perf-gate thresholds)`
        }
      }))
    const testFile = {
      rule_files: [rules],
      evaluation_interval: '15s',
      tests: [
        {
          interval: '15s',
          input_series: [
            s('perf_test_requests_total', 'service="bad",status="200"', '0+120x40'),
            s('perf_test_requests_total', 'service="bad",status="500"', '0+30x40'),
            s('perf_test_errors_total', 'service="bad"', '0+30x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="bad",le="2.5"', '0+0x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="bad",le="5"', '0+150x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="bad",le="+Inf"', '0+150x40'),
            s('perf_test_active_users', 'service="bad"', '10+0x40'),
            s('perf_test_requests_total', 'service="good",status="200"', '0+900x40'),
            s('perf_test_errors_total', 'service="good"', '0+1x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="good",le="0.1"', '0+900x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="good",le="+Inf"', '0+900x40'),
            s('perf_test_active_users', 'service="good"', '10+0x40'),
            s('perf_test_requests_total', 'service="slow",status="302"', '0+30x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="slow",le="0.1"', '0+30x40'),
            s('perf_test_request_duration_seconds_bucket', 'service="slow",le="+Inf"', '0+30x40'),
            s('perf_test_active_users', 'service="slow"', '5+0x40'),
            s('perf_test_requests_total', 'service="idle",status="200"', '0+0x40'),
            s('perf_test_active_users', 'service="idle"', '0+0x40')
          ],
          // only `bad` errs (20%) and is slow (p95 interpolated inside its 2.5–5 s bucket)
          alert_rule_test: [
            {
              eval_time: '5m',
              alertname: 'HighErrorRate',
              exp_alerts: both('HighErrorRate', 'bad', 'Error rate of bad is 20.00%')
            },
            {
              eval_time: '5m',
              alertname: 'HighResponseTime',
              exp_alerts: both('HighResponseTime', 'bad', 'p95 response time of bad is 4.875s')
            },
            {
              eval_time: '5m',
              alertname: 'LowThroughput',
              // `bad` answers 8 req/s successfully (10 with its 500s): under the 20 req/s warning; `slow` under both; `good` (60) and idle: quiet
              exp_alerts: [
                ...both('LowThroughput', 'slow', 'Successful throughput of slow is 2.0 req/s'),
                {
                  exp_labels: { service: 'bad', severity: 'warning', source: 'perf-gate' },
                  exp_annotations: {
                    summary: 'Successful throughput of bad is 8.0 req/s',
                    description: 'Throughput is warning at or below 20 req/s (perf-gate thresholds)'
                  }
                }
              ]
            }
          ]
        }
      ]
    }
    const file = join(dir, 'rules.test.yml')
    await writeFile(file, JSON.stringify(testFile))
    const out = await run(PROMTOOL!, ['test', 'rules', file]).catch((e) => e)
    expect(`${out.stdout}${out.stderr ?? ''}`).toContain('SUCCESS')
  })
})
