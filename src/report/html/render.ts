import type { RunDocument } from '../run-document.js'
import { renderPage } from './page.js'
import { REPORT_CSS } from './report-css.js'
import { REPORT_PARTS } from './report-template.js'
import { reportView } from './report-view.js'

/** report.html and the report.css it links to. */
export function renderHtmlReport(doc: RunDocument): { html: string; css: string } {
  const view = reportView(doc)
  return {
    html: renderPage(
      {
        ...view,
        pageTitle: `${view.verdictText} · ${doc.service} ${doc.mode} test · perf-gate`,
        eyebrow: `perf-gate · ${doc.mode} test`,
        heading: doc.service,
        badgeLabel: 'Verdict'
      },
      REPORT_PARTS
    ),
    css: REPORT_CSS
  }
}
