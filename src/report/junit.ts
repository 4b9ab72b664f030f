import { escapeXml } from './escape.js'
import { documentChecks } from './document-checks.js'
import { bandTexts, checkStatusText, checkValueText } from './format/check-texts.js'
import { comparisonRows } from './format/comparison-rows.js'
import { formatValue } from './format/numbers.js'
import { checksView, type RunDocument } from './run-document.js'
import { driftChecks } from '../gate/drift.js'
import { answerCheckStatus } from '../gate/outcome.js'
import { endpointErrorsText, errorTypesLine } from './error-breakdown.js'

/**
 * JUnit XML: one testsuite per run, one testcase per threshold check, a
 * `<failure>` for each check that fails the run under its `fail_on`.
 * Jenkins' junit step and GitLab's test reports read this shape.
 */
export function renderJunit(doc: RunDocument): string {
  const errorsOf = new Map(doc.per_endpoint.map((ep) => [ep.endpoint, endpointErrorsText(ep, 4)]))
  const cases = [
    ...documentChecks(doc).map(({ name, ch, scope }) => ({
      name,
      ch,
      scope,
      errors: scope === 'overall' ? errorTypesLine(doc) : (errorsOf.get(scope) ?? '')
    })),
    ...Object.entries(checksView(driftChecks(doc.drift, doc.total_requests), 'drift')).map(([name, ch]) => ({
      name,
      ch,
      scope: 'drift',
      errors: ''
    }))
  ]
  const fails = (status: string): boolean =>
    doc.fail_on !== 'never' && (status === 'critical' || (status === 'warning' && doc.fail_on === 'warning'))
  const suiteName = `perf-gate ${doc.mode} ${doc.service}`
  const thresholdFailures = cases.filter((c) => fails(c.ch.status)).length
  const time = doc.total_duration.toFixed(3)
  const body = cases.map(({ name, ch, scope, errors }) => {
    const b = bandTexts(ch)
    // an error rate says which errors: a 401 is fixed elsewhere than a 429
    const which = name === 'error_rate' && errors ? `; errors: ${errors}` : ''
    const measured = `${ch.label} (${scope}) = ${checkValueText(ch)}; good ${b.good}, warning ${b.warning}, critical ${b.critical}: ${checkStatusText(ch)}${which}`
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${scope}`)}" name="${escapeXml(`${name} ${scope}`)}" time="0"`
    return testcase(attrs, measured, fails(ch.status) ? ch.status : undefined)
  })
  const comparison = comparisonCases(doc)
  const answerChecks = answerCheckCases(doc)
  const stop = stopCase(doc, time)
  const errors = doc.partial && !doc.threshold_abort ? 1 : 0
  const partialCase = stop ? [stop] : []
  const failures =
    thresholdFailures + comparison.failures + answerChecks.failures + (doc.threshold_abort ? 1 : 0)
  const tests = cases.length + comparison.cases.length + answerChecks.cases.length + partialCase.length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="perf-gate" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${escapeXml(suiteName)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}" timestamp="${escapeXml(doc.timestamp.replace(/\.\d+Z$/, ''))}">`,
    ...body,
    ...comparison.cases,
    ...answerChecks.cases,
    ...partialCase,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

/**
 * A run that ended early: stopped by a threshold's abort_after, a failure
 * of that threshold (the gate failed); cut short otherwise, an error.
 */
function stopCase(doc: RunDocument, time: string): string | undefined {
  const a = doc.threshold_abort
  if (a) {
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${a.scope}`)}" name="${escapeXml(`${a.threshold} ${a.scope} abort_after`)}" time="${time}"`
    return testcase(attrs, doc.abort_reason ?? `${a.label}: critical for ${a.abort_after} s`, 'abort_after')
  }
  if (!doc.partial) return undefined
  return (
    `    <testcase classname="${escapeXml(`perf-gate.${doc.service}`)}" name="run completed" time="${time}">\n` +
    `      <error type="partial" message="${escapeXml(doc.abort_reason ?? 'partial results')}"/>\n    </testcase>`
  )
}

/**
 * One testcase per check on answers (`check:` of a step or endpoint): its
 * pass count, and its status as the outcome gives it to every view
 * (answerCheckStatus): a `<failure>` when the gate failed the run, a passing
 * testcase that says `warning` (as a threshold in its warning band does)
 * when the run passed with failed checks.
 */
function answerCheckCases(doc: RunDocument): { cases: string[]; failures: number } {
  let failures = 0
  const cases = (doc.checks?.by_check ?? []).map((c) => {
    const status = answerCheckStatus(doc.outcome, c.failed)
    const text = `${c.check} (${c.endpoint}): ${c.passed} of ${c.passed + c.failed} passed (${formatValue(c.pass_rate, 'percent')})${status === 'warning' ? `: warning (a failed check is a failed request; ${doc.verdict === 'fail' ? `verdict FAIL, ${doc.outcome.summary}` : 'the run passed with warnings'})` : ''}`
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${c.endpoint}`)}" name="${escapeXml(`check ${c.check}`)}" time="0"`
    const fails = status === 'critical'
    if (fails) failures++
    return testcase(attrs, text, fails ? 'check_failed' : undefined)
  })
  return { cases, failures }
}

/** One testcase per metric compared with the baseline; a failure where the comparison fails the run. */
function comparisonCases(doc: RunDocument): { cases: string[]; failures: number } {
  const b = doc.baseline
  if (!b) return { cases: [], failures: 0 }
  const rows = comparisonRows(b.comparison.metrics)
  let failures = 0
  const cases = b.comparison.metrics.map((m, i) => {
    const r = rows[i]
    const text = `${r.metric}: ${r.baseline} → ${r.current}, change ${r.change}, tolerance ${r.tolerance}: ${r.verdict} (baseline ${b.run})`
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.baseline`)}" name="${escapeXml(`${m.metric}${m.endpoint ? ` (${m.endpoint})` : ''} against the baseline`)}" time="0"`
    const fails = doc.outcome.reasons.some(
      (x) =>
        (x.kind === 'regression' || x.kind === 'inconclusive') &&
        x.name === m.metric &&
        x.scope === m.endpoint &&
        x.decides
    )
    if (fails) failures++
    return testcase(attrs, text, fails ? m.verdict : undefined)
  })
  return { cases, failures }
}

/** A testcase that passed (its text as output) or failed (its text as the failure, of `failure` type). */
function testcase(attrs: string, text: string, failure: string | undefined): string {
  const t = escapeXml(text)
  const inner = failure
    ? `<failure type="${escapeXml(failure)}" message="${t}">${t}</failure>`
    : `<system-out>${t}</system-out>`
  return `    <testcase ${attrs}>\n      ${inner}\n    </testcase>`
}
