import { join } from 'node:path'
import { REPORT_CSS } from '../html/report-css.js'
import { renderIndex, type IndexEntry } from '../html/index-page.js'
import { writeFileAtomic } from './write-file.js'
import { makeDirs } from './make-dirs.js'

/** Writes `index.html` (and the stylesheet it links) into the output directory; returns its path. */
export async function writeIndex(
  outputDir: string,
  entries: readonly IndexEntry[],
  title: string,
  startedAt: Date
): Promise<string> {
  await makeDirs(outputDir)
  const index = join(outputDir, 'index.html')
  await writeFileAtomic(join(outputDir, 'report.css'), REPORT_CSS)
  await writeFileAtomic(index, renderIndex(outputDir, entries, title, startedAt))
  return index
}
