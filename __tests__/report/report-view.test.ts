import { describe, expect, it } from '@jest/globals'
import Mustache from 'mustache'
import { LAYOUT } from '../../src/report/html/page.js'
import { REPORT_PARTS } from '../../src/report/html/report-template.js'
import { reportView } from '../../src/report/html/report-view.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { abView } from '../../src/report/html/ab-view.js'
import type { RunDocument } from '../../src/report/run-document.js'

const window = (p95: number) => ({ requests: 100, sent: 100, errors: 1, p50: p95 / 2, p95, seconds: 1 })

type Token = [string, string, number, number, Token[]?]

/**
 * Every name the page reads, resolved as mustache does: innermost section
 * first, then outwards. A name that resolves nowhere would render as
 * nothing, silently; this lists those.
 */
function unresolved(tokens: Token[], partials: Record<string, string>, stack: unknown[]): string[] {
  const lookup = (name: string): unknown => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const ctx = stack[i]
      if (ctx !== null && typeof ctx === 'object' && name in ctx)
        return (ctx as Record<string, unknown>)[name]
    }
    return undefined
  }
  const out: string[] = []
  for (const [type, name, , , children] of tokens) {
    if (type === 'text' || type === '!' || name === '.') continue
    if (type === '>') {
      out.push(...unresolved(Mustache.parse(partials[name]) as Token[], partials, stack))
      continue
    }
    const value = lookup(name)
    if (value === undefined) out.push(`${type === 'name' ? '' : type}${name}`)
    if (type === '#' || type === '^') {
      if (Array.isArray(value) && value.length === 0)
        out.push(`${name}: empty in the fixture, inside unchecked`)
      const inner = Array.isArray(value) ? value[0] : value
      out.push(...unresolved(children!, partials, [...stack, inner]))
    }
  }
  return out
}

const pageTokens = (): Token[] => Mustache.parse(LAYOUT) as Token[]

describe('report.html view model', () => {
  // every section of the page has something to show: a paced stress run with a baseline, errors and an abort
  const { doc } = fixtureRun({
    stages: 3,
    failEvery: 7,
    baselineFactor: 0.5,
    abortReason: 'stopped by signal',
    paced: true,
    serviceGrowth: 50e6
  })
  // … and a warning the figures come with (an https target run with --insecure)
  // … and journeys with checks (a journey of the fixture's first endpoint as its one step)
  const step = doc.per_endpoint[0]
  const journeyFields: Pick<RunDocument, 'journeys' | 'checks' | 'per_endpoint'> = {
    per_endpoint: [{ ...step, journey: 'browse', step: 'home' }, ...doc.per_endpoint.slice(1)],
    journeys: [
      {
        journey: 'browse',
        steps: ['home'],
        once_steps: 0,
        step_think: [1],
        iterations: 10,
        failed_iterations: 1,
        restarted_iterations: 0,
        iterations_per_second: 1,
        average_duration: 0.01,
        median_duration: 0.01,
        p95_duration: 0.02,
        p99_duration: 0.03,
        max_duration: 0.03
      },
      {
        journey: 'member',
        steps: ['login', 'home'],
        once_steps: 1,
        step_think: [0, 0],
        iterations: 4,
        failed_iterations: 2,
        restarted_iterations: 0,
        // two logins failed: those users sent them again
        once_failures: 2,
        iterations_per_second: 0.4,
        average_duration: 0.01,
        median_duration: 0.01,
        p95_duration: 0.02,
        p99_duration: 0.03,
        max_duration: 0.03
      }
    ],
    checks: {
      total: 10,
      passed: 9,
      failed: 1,
      pass_rate: 90,
      by_check: [{ endpoint: step.endpoint, check: 'status 200', passed: 9, failed: 1, pass_rate: 90 }]
    }
  }
  // … and a soak's drift, judged on a run whose latency rose
  const drift: RunDocument['drift'] = {
    window_seconds: 10,
    first: { from: 0, to: 10 },
    last: { from: 20, to: 30 },
    level: 0.95,
    drifts: [
      {
        name: 'p95_drift',
        label: '95th percentile drift',
        first: 0.01,
        last: 0.02,
        change: 100,
        ci_low: 80,
        ci_high: 120,
        warning: 15,
        critical: 30,
        status: 'critical'
      }
    ]
  }
  const view = {
    ...reportView({
      ...doc,
      ...journeyFields,
      drift,
      config: { ...doc.config, base_url: 'https://svc.test', tls_insecure: true }
    }),
    pageTitle: 't',
    eyebrow: 'e',
    heading: 'h',
    badgeLabel: 'b'
  }
  // the A/B page's own names (its comparison first, A and B side by side) come from B's document of an A/B run
  const abDoc: RunDocument = {
    ...doc,
    mode: 'ab',
    config: { ...doc.config, mode: 'ab', ab: { side: 'B', slice: 1 } },
    baseline: {
      ...doc.baseline!,
      slice_pairs: [{ a: window(0.02), b: window(0.03) }],
      a_per_endpoint: doc.per_endpoint
    }
  }
  const full = { ...view, ...abView(abDoc) }

  it('the fixture fills every section of the template', () => {
    expect(view).toMatchObject({ hasStages: true, hasBaseline: true, hasErrors: true, partial: true })
    // counts and shares of the requests due, not a second throughput beside the headline's
    expect(view.pacingNote).toMatch(
      /^Paced at 50 req\/s: 500 of 500 due requests sent \(100\.00%\), 50 late \(10\.00%\), 0 dropped \(0\.00%\); 10 connections used/
    )
    expect(view.stages).toHaveLength(3)
    expect(view.warnings).toEqual([
      expect.stringMatching(/^The certificate of https:\/\/svc\.test was not verified/)
    ])
    expect(view.baselineRows!.length).toBeGreaterThan(0)
  })

  it('every name the template reads is in the view', () => {
    expect(unresolved(pageTokens(), { ...REPORT_PARTS }, [full])).toEqual([])
  })

  it('a name missing from the view is caught', () => {
    const { stageNote: _, ...withoutNote } = full
    expect(unresolved(pageTokens(), { ...REPORT_PARTS }, [withoutNote])).toEqual(['#stageNote', 'stageNote'])
  })
})
