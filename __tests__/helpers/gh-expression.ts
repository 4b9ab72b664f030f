import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'

/**
 * GitHub Actions expressions evaluated by GitHub's own library
 * (@actions/expressions, the parser of the Actions language service), so
 * that `a && 'x' || ''` and `github.ref == 'refs/heads/main'` mean here
 * what they mean on a runner. `context` is flat (`steps.perf.outputs.p95`).
 */
export function evaluateExpression(
  text: string,
  context: Record<string, string>,
  failed = false
): data.ExpressionData {
  // the status functions are the runner's, not the language's: given as the literals they evaluate to
  const source = text
    .replace(/\balways\(\)/g, 'true')
    .replace(/\bsuccess\(\)/g, String(!failed))
    .replace(/\bfailure\(\)/g, String(failed))
    .replace(/\bcancelled\(\)/g, 'false')
  const lexed = new Lexer(source).lex()
  const roots = [...new Set(Object.keys(context).map((k) => k.split('.')[0]))]
  const expr = new Parser(lexed.tokens, roots, []).parse()
  return new Evaluator(expr, nested(context)).evaluate()
}

/**
 * Whether a step with this `if:` runs: as on a runner, a condition without a
 * status function is `success() && (condition)`, and none is `success()`.
 */
export function stepRuns(
  condition: string | undefined,
  context: Record<string, string>,
  failed: boolean
): boolean {
  if (condition === undefined) return !failed
  const bare = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const withStatus = /\b(always|success|failure|cancelled)\(\)/.test(bare) ? bare : `success() && (${bare})`
  return truthy(evaluateExpression(withStatus, context, failed))
}

function nested(context: Record<string, string>): data.Dictionary {
  const root = new data.Dictionary()
  for (const [key, value] of Object.entries(context)) {
    const parts = key.split('.')
    let at = root
    for (const part of parts.slice(0, -1)) {
      let next = at.get(part)
      if (!(next instanceof data.Dictionary)) {
        next = new data.Dictionary()
        at.add(part, next)
      }
      at = next as data.Dictionary
    }
    at.add(parts[parts.length - 1], new data.StringData(value))
  }
  return root
}
