import { join } from 'node:path'
import { REPORT_CSS } from '../html/report-css.js'
import { renderTrends, type TrendRun } from '../html/trends-page.js'
import { writeFileAtomic } from './write-file.js'

/** Writes `trends.html` (and the stylesheet it links) into a reports directory; returns its path. */
export async function writeTrends(reportsDir: string, runs: readonly TrendRun[]): Promise<string> {
  const page = join(reportsDir, 'trends.html')
  await writeFileAtomic(join(reportsDir, 'report.css'), REPORT_CSS)
  await writeFileAtomic(page, renderTrends(reportsDir, runs))
  return page
}
