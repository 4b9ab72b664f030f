/**
 * The part of JSONPath a capture needs: one value by a fixed path,
 * `$.access_token`, `$.data.items[0].id`, `$['odd key']`. No filters, no
 * wildcards, no script: a capture names one value and must find exactly it.
 */
export type PathStep = string | number

const STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/

/** The steps of `path`, or a message saying why it is none. */
export function parseJsonPath(path: string): PathStep[] | string {
  if (!path.startsWith('$'))
    return `must start with $ (the response body), as in $.access_token (got ${JSON.stringify(path)})`
  const steps: PathStep[] = []
  let rest = path.slice(1)
  while (rest.length > 0) {
    const m = STEP.exec(rest)
    if (!m)
      return `cannot read ${JSON.stringify(rest)} of ${JSON.stringify(path)}: use .name, ['name'] or [0] steps`
    if (m[1] !== undefined) steps.push(m[1])
    else if (m[2] !== undefined) steps.push(Number(m[2]))
    else steps.push((m[3] ?? m[4]).replace(/\\(.)/g, '$1'))
    rest = rest.slice(m[0].length)
  }
  return steps
}

/** The value at `steps` in `doc`, or undefined when the path leads nowhere. */
export function atJsonPath(doc: unknown, steps: readonly PathStep[]): unknown {
  let here = doc
  for (const step of steps) {
    if (here === null || typeof here !== 'object') return undefined
    if (typeof step === 'number') {
      if (!Array.isArray(here)) return undefined
      here = here[step]
    } else {
      if (Array.isArray(here) || !Object.hasOwn(here, step)) return undefined
      here = (here as Record<string, unknown>)[step]
    }
  }
  return here
}
