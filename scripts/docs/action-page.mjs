import { cell, code, generatedNote, table } from './markdown.mjs'

/** docs/reference/action.md from action.yml. */
export function actionPage({ actionYml }) {
  const inputs = Object.entries(actionYml.inputs ?? {})
  const outputs = Object.entries(actionYml.outputs ?? {})
  const dflt = (d) => (d === undefined || d === '' ? 'none' : code(d))
  return [
    '# GitHub Action reference',
    '',
    generatedNote('[`action.yml`](../../action.yml)'),
    '',
    `${cell(actionYml.description)}`,
    '',
    `Runs on \`${actionYml.runs.using}\` (\`${actionYml.runs.main}\`, committed). The runner passes every input,`,
    'with its default when the step does not set one. How to start, and what the action does with the',
    'results: [Getting started](../getting-started.md#the-github-action-in-detail).',
    '',
    '```yaml',
    '- uses: OWNER/perf-gate@v1',
    '  with:',
    '    service: my_service',
    '```',
    '',
    '## Inputs',
    '',
    table(
      ['input', 'required', 'default', 'description'],
      inputs.map(([name, def]) => [
        code(name),
        def.required ? 'yes' : 'no',
        def.required ? '' : dflt(def.default),
        cell(def.description)
      ])
    ),
    '',
    '## Outputs',
    '',
    table(
      ['output', 'description'],
      outputs.map(([name, def]) => [code(name), cell(def.description)])
    ),
    ''
  ].join('\n')
}
