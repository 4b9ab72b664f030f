import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseInputs } from '../../src/action/inputs.js'
import { DEFAULTS } from '../../src/config/defaults.js'
import { actionInputs, inputVariable, runnerInputEnv } from '../helpers/action-env.js'
import { ROOT } from '../helpers/run-cli.js'

/** Reads inputs the way @actions/core does: INPUT_<NAME>, trimmed. */
const fromEnv = (env: Record<string, string>) => (name: string) => (env[inputVariable(name)] ?? '').trim()

describe('action.yml as the runner reads it', () => {
  it('every default of action.yml parses, and gives the values of DEFAULTS', () => {
    const env = runnerInputEnv({ service: 'pkd_service' }, { 'github.token': 'ghs_x' })
    // the runner sets every declared input, also those the step did not set
    expect(Object.keys(env).sort()).toEqual(Object.keys(actionInputs()).map(inputVariable).sort())
    const s = parseInputs(fromEnv(env))
    expect(s.request).toMatchObject({
      mode: DEFAULTS.mode,
      users: DEFAULTS.users,
      duration: DEFAULTS.duration,
      timeout: DEFAULTS.timeout
    })
    // the stress inputs' defaults, as a stress step gets them
    const stress = parseInputs(fromEnv({ ...env, INPUT_MODE: 'stress' }))
    expect(stress.request).toMatchObject({
      mode: 'stress',
      stress: { maxUsers: DEFAULTS.maxUsers, rampUp: DEFAULTS.rampUp, steps: DEFAULTS.steps }
    })
    expect(s).toMatchObject({
      outputDir: DEFAULTS.outputDir,
      metricsLinger: DEFAULTS.metricsLinger,
      metricsPort: undefined,
      uploadArtifact: true,
      comment: true,
      githubToken: 'ghs_x'
    })
  })

  it('each input default on its own parses (none is rejected by the parser)', () => {
    for (const [name, def] of Object.entries(actionInputs())) {
      if (def.default === undefined) continue
      const value = def.default.includes('${{') ? 'ghs_x' : def.default
      expect(() => parseInputs((n) => (n === name ? value : n === 'service' ? 'api' : ''))).not.toThrow()
    }
  })

  it('action.yml declares a default equal to DEFAULTS for every input that has one in the code', () => {
    const inputs = actionInputs()
    const expected: Record<string, string> = {
      mode: DEFAULTS.mode,
      users: String(DEFAULTS.users),
      duration: String(DEFAULTS.duration),
      'max-users': String(DEFAULTS.maxUsers),
      'ramp-up': String(DEFAULTS.rampUp),
      timeout: String(DEFAULTS.timeout),
      'output-dir': DEFAULTS.outputDir,
      'metrics-linger': String(DEFAULTS.metricsLinger),
      workers: String(DEFAULTS.workers),
      'wait-timeout': `${DEFAULTS.waitTimeout}s`
    }
    for (const [name, value] of Object.entries(expected))
      expect([name, inputs[name].default]).toEqual([name, value])
    // every input is documented, and the schema rules of the runner hold: defaults are strings
    for (const [name, def] of Object.entries(inputs)) {
      expect([name, typeof def.description]).toEqual([name, 'string'])
      if (def.default !== undefined) expect([name, typeof def.default]).toEqual([name, 'string'])
    }
  })

  it("the getting-started guide's tables list every input and output of action.yml", () => {
    const rows = readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|')[1])
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: object
      outputs: object
    }
    const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(
      (name) => !rows.some((first) => first.includes(`\`${name}\``))
    )
    expect(missing).toEqual([])
  })

  it("the guides' input and flag tables state the same defaults", () => {
    const page = (file: string): string => readFileSync(join(ROOT, file), 'utf8')
    // the hand-written tables of docs/ (the generated reference pages read the defaults themselves)
    const inputs = page('docs/getting-started.md')
    const flags = page('docs/load-and-stress.md')
    const row = (text: string, first: string): string => {
      const line = text.split('\n').find((l) => l.startsWith(`| ${first}`))
      if (!line) throw new Error(`no table row starting with "| ${first}"`)
      return line
    }
    // action inputs
    expect(row(inputs, '`users` / `duration` / `rps`')).toContain(
      `\`${DEFAULTS.users}\` / \`${DEFAULTS.duration}\` / none`
    )
    expect(row(inputs, '`max-users` / `ramp-up`')).toContain(
      `\`${DEFAULTS.maxUsers}\` / \`${DEFAULTS.rampUp}\``
    )
    expect(row(inputs, '`timeout`')).toContain(`\`${DEFAULTS.timeout}\``)
    expect(row(inputs, '`output-dir`')).toContain(`\`${DEFAULTS.outputDir}\``)
    expect(row(inputs, '`mode`')).toContain(`\`${DEFAULTS.mode}\``)
    // CLI flags
    expect(row(flags, '`--users`')).toMatch(new RegExp(`\\|\\s*${DEFAULTS.users}\\s*\\|$`))
    expect(row(flags, '`--duration`')).toMatch(new RegExp(`\\|\\s*${DEFAULTS.duration}\\s*\\|$`))
    expect(row(flags, '`--timeout`')).toMatch(new RegExp(`\\|\\s*${DEFAULTS.timeout}\\s*\\|$`))
    expect(row(flags, '`--output-dir`')).toContain(`\`${DEFAULTS.outputDir}\``)
    // synopsis lines
    expect(flags).toContain(`[--users ${DEFAULTS.users}] [--duration ${DEFAULTS.duration}]`)
    expect(flags).toContain(
      `[--max-users ${DEFAULTS.maxUsers}] [--ramp-up ${DEFAULTS.rampUp}] [--steps ${DEFAULTS.steps}]`
    )
    expect(flags).toContain(
      `perf-gate quick [--users ${DEFAULTS.quickUsers}] [--duration ${DEFAULTS.quickDuration}]`
    )
    expect(page('docs/monitoring.md')).toContain(`--metrics-port ${DEFAULTS.metricsPort}`)
    expect(page('README.md')).toContain(`--metrics-port ${DEFAULTS.metricsPort}`)
  })
})
