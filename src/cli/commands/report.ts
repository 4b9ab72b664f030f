import type { Command } from 'commander'
import { readRunDocument } from '../../report/files/read-run.js'
import { writeReports } from '../../report/files/write-reports.js'
import type { CliContext } from '../context.js'

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description(
      'regenerate report.html, report.css, summary.md and junit.xml of a run from its metrics.json'
    )
    .argument('<run-dir>', 'a run directory (or its metrics.json)')
    .action(async (runDir: string) => {
      const { dir, doc } = await readRunDocument(runDir, 'report')
      const files = await writeReports(dir, doc)
      ctx.term.out(Object.values(files).join('\n') + '\n')
      ctx.exitCode = 0
    })
}
