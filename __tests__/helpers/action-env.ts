import { evaluateExpression } from './gh-expression.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './run-cli.js'

export interface ActionInput {
  description: string
  required?: boolean
  default?: string
}

/** The inputs action.yml declares, as the runner reads them. */
export function actionInputs(): Record<string, ActionInput> {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs
}

/** The variable of one input: `INPUT_` + the name upper-cased, spaces as `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** `${{ github.token }}` and friends, resolved from the values given; an unknown expression is a test bug. */
export function evaluate(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (expr in context) return context[expr]
    // as the runner does: an output a step did not set is empty
    if (/^steps\.[\w-]+\.outputs\.[\w-]+$/.test(expr)) return ''
    // a bare name this test gave no value is a typo in the test, not an empty string
    if (/^[\w.-]+$/.test(expr)) throw new Error(`no value for the expression \${{ ${expr} }} in this test`)
    return evaluateExpression(expr, context).coerceString()
  })
}

/**
 * The INPUT_* variables the GitHub runner gives a JavaScript action
 * (actions/runner Handler.cs AddInputsToEnvironment): every input action.yml
 * declares, with the step's `with:` value, else its evaluated `default:`,
 * else ""; the name upper-cased with spaces as `_` and hyphens kept.
 */
export function runnerInputEnv(
  withValues: Record<string, string>,
  context: Record<string, string>
): Record<string, string> {
  const inputs = actionInputs()
  for (const name of Object.keys(withValues)) {
    // the runner warns and passes it anyway; a test that does this has a typo
    if (!(name in inputs)) throw new Error(`action.yml has no input ${name}`)
  }
  const env: Record<string, string> = {}
  for (const [name, def] of Object.entries(inputs)) {
    const value = name in withValues ? withValues[name] : (def.default ?? '')
    env[inputVariable(name)] = evaluate(String(value), context)
  }
  return env
}

/**
 * The outputs a step wrote to $GITHUB_OUTPUT: `name<<delimiter` blocks (as
 * @actions/core writes them) and `name=value` lines (as `run:` steps do).
 */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const blocks = /^([\w-]+)<<([\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(blocks)) out[m[1]] = m[3]
  for (const m of text.replace(blocks, '').matchAll(/^([\w-]+)=(.*)$/gm)) out[m[1]] = m[2]
  return out
}
