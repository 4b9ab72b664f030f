import { escapeXml } from './escape.js'
import { bandTexts, formatValue } from './format.js'
import type { RunDocument } from './run-document.js'

/**
 * JUnit XML: one testsuite per run, one testcase per threshold check, a
 * `<failure>` for each check that fails the run under its `fail_on`.
 * Jenkins' junit step and GitLab's test reports read this shape.
 */
export function renderJunit(doc: RunDocument): string {
  const cases = [
    ...Object.entries(doc.thresholds).map(([name, ch]) => ({ name, ch, scope: 'overall' })),
    ...doc.per_endpoint.flatMap((ep) =>
      Object.entries(ep.thresholds ?? {}).map(([name, ch]) => ({ name, ch, scope: ep.endpoint }))
    )
  ]
  const fails = (status: string): boolean =>
    doc.fail_on !== 'never' && (status === 'critical' || (status === 'warning' && doc.fail_on === 'warning'))
  const suiteName = `perf-gate ${doc.mode} ${doc.service}`
  const failures = cases.filter((c) => fails(c.ch.status)).length
  const time = doc.total_duration.toFixed(3)
  const body = cases.map(({ name, ch, scope }) => {
    const b = bandTexts(ch)
    const measured = `${ch.label} (${scope}) = ${formatValue(ch.value, ch.unit)}; good ${b.good}, warning ${b.warning}, critical ${b.critical}: ${ch.status}`
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${scope}`)}" name="${escapeXml(`${name} ${scope}`)}" time="0"`
    if (!fails(ch.status))
      return `    <testcase ${attrs}>\n      <system-out>${escapeXml(measured)}</system-out>\n    </testcase>`
    return (
      `    <testcase ${attrs}>\n` +
      `      <failure type="${ch.status}" message="${escapeXml(measured)}">${escapeXml(measured)}</failure>\n` +
      `    </testcase>`
    )
  })
  const errors = doc.partial ? 1 : 0
  const partialCase = doc.partial
    ? [
        `    <testcase classname="${escapeXml(`perf-gate.${doc.service}`)}" name="run completed" time="${time}">\n` +
          `      <error type="partial" message="${escapeXml(doc.abort_reason ?? 'partial results')}"/>\n    </testcase>`
      ]
    : []
  const tests = cases.length + partialCase.length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="perf-gate" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${escapeXml(suiteName)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}" timestamp="${escapeXml(doc.timestamp.replace(/\.\d+Z$/, ''))}">`,
    ...body,
    ...partialCase,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
