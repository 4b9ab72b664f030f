import { describe, expect, it } from '@jest/globals'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { renderHtmlReport } from '../../src/report/html/render.js'
import { configRows } from '../../src/report/html/config-rows.js'
import { renderSummary } from '../../src/report/markdown.js'
import type { Provenance, RunDocument } from '../../src/report/run-document.js'
import { fixtureRun, HOSTILE } from '../helpers/fixture-run.js'

const PROVENANCE: Provenance = {
  commit: '0123456789abcdef0123456789abcdef01234567',
  branch: 'main',
  ci: 'github',
  run_url: 'https://github.com/acme/shop/actions/runs/42',
  runner: {
    cpu: 'AMD EPYC 7763',
    cores: 4,
    memory_bytes: 16_772_870_144,
    os: 'linux 6.8.0',
    node: 'v20.18.1'
  }
}
const withProvenance = (p: Provenance | undefined): RunDocument => {
  const { doc } = fixtureRun()
  return p ? { ...doc, provenance: p } : doc
}

describe('provenance in the views people read', () => {
  it('summary.md (and so the PR comment): the short commit, the branch and a link to the CI run', () => {
    const md = renderSummary(withProvenance(PROVENANCE))
    expect(md).toContain(
      ' · 0123456 on main · [CI run](https://github.com/acme/shop/actions/runs/42) · perf-gate</sub>'
    )
    expect(renderSummary(withProvenance(undefined))).not.toContain('CI run')
  })

  it('report.html: the commit in the run description, the full commit, run and runner in the settings', () => {
    const { html } = renderHtmlReport(withProvenance(PROVENANCE))
    expect(html).toMatch(/<code>http:\/\/127\.0\.0\.1:8080<\/code> · 0123456 on main<\/p>/)
    const rows = Object.fromEntries(configRows(withProvenance(PROVENANCE)).map((r) => [r.key, r.value]))
    expect(rows.commit).toBe(`${PROVENANCE.commit} on main`)
    expect(rows['CI run']).toBe(PROVENANCE.run_url)
    expect(rows.runner).toBe('AMD EPYC 7763, 4 cores, 16.8 GB, linux 6.8.0, node v20.18.1')
    expect(configRows(withProvenance(undefined)).map((r) => r.key)).not.toContain('runner')
  })

  it('a branch or URL from a document someone else wrote is text, never markup or a link elsewhere', () => {
    const hostile = withProvenance({ ...PROVENANCE, branch: HOSTILE, run_url: 'javascript:alert(1)' })
    const { html } = renderHtmlReport(hostile)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('0123456 on &lt;script&gt;')
    const md = renderSummary(hostile)
    expect(md).not.toMatch(/<script/i)
    expect(md).not.toContain('[CI run]')
  })

  it('is read back with the document, and an old document without it still reads', () => {
    const back = checkRunDocument(JSON.parse(JSON.stringify(withProvenance(PROVENANCE))))
    expect('doc' in back && back.doc.provenance).toEqual(PROVENANCE)
    expect('doc' in checkRunDocument(JSON.parse(JSON.stringify(withProvenance(undefined))))).toBe(true)
    const broken = {
      ...withProvenance(PROVENANCE),
      provenance: { runner: { ...PROVENANCE.runner, cores: 'four' } }
    }
    expect(checkRunDocument(JSON.parse(JSON.stringify(broken)))).toEqual({
      problem: ['provenance.runner.cores', expect.stringContaining('number')]
    })
  })
})
