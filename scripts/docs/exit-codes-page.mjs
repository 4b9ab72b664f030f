import { cell, code, generatedNote, table } from './markdown.mjs'

/** docs/reference/exit-codes.md from EXIT_CODES (src/gate/exit-codes.ts). */
export function exitCodesPage({ EXIT_CODES }) {
  return [
    '# Exit codes',
    '',
    generatedNote('[`src/gate/exit-codes.ts`](../../src/gate/exit-codes.ts) (`EXIT_CODES`)'),
    '',
    'The same codes for every command of the CLI, for the outcome of the GitHub Action (a step fails on any',
    "code but 0) and for the library's `exitCode` (`performTest`). Scripts can also read the code from",
    '`--json` (`exit_code`).',
    '',
    table(
      ['code', 'name', 'meaning'],
      EXIT_CODES.map((e) => [code(e.code), code(e.name), cell(e.meaning)])
    ),
    '',
    'What each failure looks like, and the test that shows it: [Reliability](../reliability.md).',
    ''
  ].join('\n')
}
