import type { RunDocument } from '../run-document.js'
import { renderPage } from './page.js'
import { REPORT_CSS } from './report-css.js'
import { REPORT_PARTS } from './report-template.js'
import { reportView } from './report-view.js'
import { runKind } from '../format/run-description.js'

/** report.html and the report.css it links to. */
export function renderHtmlReport(doc: RunDocument): { html: string; css: string } {
  const view = reportView(doc)
  // an A/B run's badge is its comparison's verdict; every other run's, the gate's
  const badge = view.badge ?? { verdict: view.verdict, verdictText: view.verdictText, label: 'Verdict' }
  return {
    html: renderPage(
      {
        ...view,
        pageTitle: `${badge.verdictText} · ${doc.service} ${runKind(doc.mode)} · perf-gate`,
        eyebrow: `perf-gate · ${runKind(doc.mode)}${doc.config.ab?.side === 'A' ? ', side A (the baseline)' : ''}`,
        heading: doc.service,
        badgeLabel: badge.label,
        verdict: badge.verdict,
        verdictText: badge.verdictText
      },
      REPORT_PARTS
    ),
    css: REPORT_CSS
  }
}
