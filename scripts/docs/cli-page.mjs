import { cell, code, generatedNote, table } from './markdown.mjs'
import { objectLiteralComments } from './ts-docs.mjs'

/** A context for buildProgram that runs nothing: the program is only read. */
const READ_ONLY_CONTEXT = {
  term: { out: () => undefined, err: () => undefined },
  env: {},
  exitCode: 0,
  withSignals: () => Promise.reject(new Error('docs: nothing runs'))
}

/** Text a command adds to its --help (addHelpText), by position. */
function addedHelp(cmd) {
  const parts = []
  for (const position of ['beforeAll', 'before', 'after', 'afterAll']) {
    let text = ''
    cmd.emit(`${position}Help`, { error: false, command: cmd, write: (s) => (text += s) })
    if (text.trim()) parts.push(text.trim())
  }
  return parts
}

function optionsTable(options) {
  return table(
    ['option', 'description', 'default'],
    options
      .filter((o) => !o.hidden)
      .map((o) => [
        code(o.flags),
        cell(o.description) + (o.argChoices ? ` (one of ${o.argChoices.map(code).join(', ')})` : ''),
        o.defaultValue === undefined ? '' : code(o.defaultValue)
      ])
  )
}

function commandSection(cmd) {
  const args = cmd.registeredArguments
  const lines = [
    `## ${cmd.name()}`,
    '',
    '```',
    `perf-gate ${cmd.name()} ${cmd.usage()}`,
    '```',
    '',
    `${cell(cmd.description())}.`.replace(/\.\.$/, '.'),
    ''
  ]
  if (args.length)
    lines.push(
      table(
        ['argument', 'description', 'default'],
        args.map((a) => [
          code(
            (a.required ? `<${a.name()}` : `[${a.name()}`) +
              (a.variadic ? '...' : '') +
              (a.required ? '>' : ']')
          ),
          cell(a.description),
          a.defaultValue === undefined ? '' : code(a.defaultValue)
        ])
      ),
      ''
    )
  lines.push(optionsTable(cmd.options), '')
  for (const text of addedHelp(cmd)) lines.push('```', text, '```', '')
  return lines.join('\n')
}

/** docs/reference/cli.md from the commander program (buildProgram in src/cli/main.ts) and src/config/defaults.ts. */
export function cliPage({ buildProgram, DEFAULTS, LIMITS }, root) {
  const program = buildProgram(READ_ONLY_CONTEXT)
  const commands = program.commands
  const comments = objectLiteralComments(root, 'src/config/defaults.ts')
  const limitKeys = Object.keys(LIMITS).filter((k) => !(k in DEFAULTS))
  return [
    '# CLI reference',
    '',
    generatedNote(
      'the commander definitions (`buildProgram` in [`src/cli/main.ts`](../../src/cli/main.ts) and [`src/cli/commands/`](../../src/cli/commands/)) and [`src/config/defaults.ts`](../../src/config/defaults.ts)'
    ),
    '',
    '```',
    `${program.name()} ${program.usage()}`,
    '```',
    '',
    `${cell(program.description())}. Run it as \`node dist/cli.js\` from a checkout (a self-contained bundle, no`,
    '`npm install`), or `npx perf-gate` where the package is installed. Every command takes `--help`.',
    'How to use the commands together: [Getting started](../getting-started.md) and the guides in',
    '[docs/](../README.md).',
    '',
    table(
      ['command', 'description'],
      commands.map((c) => [`[${code(`${c.name()} ${c.usage()}`)}](#${c.name()})`, cell(c.description())])
    ),
    '',
    '## Options of `perf-gate` itself',
    '',
    optionsTable([...program.options, { flags: '-h, --help', description: 'display help for command' }]),
    '',
    ...addedHelp(program).flatMap((text) => ['```', text, '```', '']),
    ...commands.map(commandSection),
    '## Defaults and limits',
    '',
    'The defaults above come from one table, `DEFAULTS`, shared by the CLI, the action (its `action.yml`',
    'defaults are checked against it) and the library (which exports `DEFAULTS` and `LIMITS`). A value',
    'beyond its limit is refused (exit 2).',
    '',
    table(
      ['name', 'default', 'limit', 'note'],
      [
        ...Object.entries(DEFAULTS).map(([k, v]) => [
          code(k),
          code(v),
          k in LIMITS ? code(LIMITS[k]) : '',
          cell(comments.DEFAULTS?.[k] ?? comments.LIMITS?.[k] ?? '')
        ]),
        ...limitKeys.map((k) => [code(k), '', code(LIMITS[k]), cell(comments.LIMITS?.[k] ?? '')])
      ]
    ),
    ''
  ].join('\n')
}
