import { join } from 'node:path'
import { renderHtmlReport } from '../html/render.js'
import { renderJunit } from '../junit.js'
import { renderSummary } from '../markdown.js'
import type { RunDocument } from '../run-document.js'
import { writeFileAtomic } from './write-file.js'

export const REPORT_FILES = ['report.html', 'report.css', 'summary.md', 'junit.xml'] as const

/** Renders every report of a run from its metrics.json document, each file written whole or not at all. */
export async function writeReports(
  dir: string,
  doc: RunDocument
): Promise<Record<(typeof REPORT_FILES)[number], string>> {
  const { html, css } = renderHtmlReport(doc)
  const files = {
    'report.html': html,
    'report.css': css,
    'summary.md': renderSummary(doc, { reportLink: undefined }),
    'junit.xml': renderJunit(doc)
  }
  await Promise.all(Object.entries(files).map(([name, text]) => writeFileAtomic(join(dir, name), text)))
  return Object.fromEntries(REPORT_FILES.map((f) => [f, join(dir, f)])) as Record<
    (typeof REPORT_FILES)[number],
    string
  >
}
