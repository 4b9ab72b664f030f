import Mustache from 'mustache'
import { escapeHtml } from '../escape.js'
import type { RunDocument } from '../run-document.js'
import { REPORT_CSS } from './report-css.js'
import { REPORT_TEMPLATE } from './report-template.js'
import { reportView } from './report-view.js'

/** report.html and the report.css it links to. */
export function renderHtmlReport(doc: RunDocument): { html: string; css: string } {
  return {
    html: Mustache.render(
      REPORT_TEMPLATE,
      reportView(doc),
      {},
      { escape: (v: unknown) => escapeHtml(String(v)) }
    ),
    css: REPORT_CSS
  }
}
