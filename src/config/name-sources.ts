import leven from 'leven'
import { InputError } from './errors.js'
import type { StepValues } from './step-values.js'
import { GENERATOR_HELP, GENERATORS, valueNames, type Template } from './template.js'

/** What a run can fill a `{{name}}` from, where a template stands. */
export interface NameSources {
  columns: readonly string[]
  /** values captured before the request (the setup step's, earlier steps', or any endpoint's) */
  captures: readonly string[]
  /** the data file as errors name it */
  dataFile?: string
  /** a journey's step: what its journey captures only later, and its other journeys capture */
  step?: StepValues
}

/**
 * Checks every name a template reads against what a run can fill it from:
 * a name nothing fills would go out empty, so it is an InputError naming
 * the field and the fix. Returns the names a looped step has only from a
 * user's second iteration on (captured by it or a later step): legitimate
 * (a next-page cursor), but empty in the first, which the caller says.
 */
export function checkNames(t: Template, where: string, known: NameSources): string[] {
  const late: string[] = []
  for (const name of valueNames(t)) {
    if (known.columns.includes(name) || known.captures.includes(name)) continue
    const step = known.step
    const later = step?.after.get(name)
    if (later !== undefined && step?.looped) {
      late.push(name)
      continue
    }
    const fix = `capture it in an earlier step, or give it a default (a column ${name} of ${known.dataFile ?? 'the data file'})`
    if (later !== undefined)
      throw new InputError(
        where,
        later === step?.name
          ? `{{${name}}} is captured from this once-step's own answer, after its request is sent: ${fix}`
          : `{{${name}}} is captured only by ${later}, after this once-step, which never runs again: ${fix}`
      )
    const other = step?.elsewhere.get(name)
    if (other !== undefined)
      throw new InputError(
        where,
        `{{${name}}} is captured only by ${other}, another journey, which a user may not have walked before this one: ${fix}`
      )
    const from = [
      known.dataFile
        ? `a column of ${known.dataFile} (${known.columns.join(', ') || 'none'})`
        : 'a data column (set data: { file: … })',
      known.captures.length > 0 ? `a captured value (${known.captures.join(', ')})` : 'a setup capture',
      `a generator (${GENERATOR_HELP})`
    ]
    const near = nearestName(name, [
      ...known.columns,
      ...known.captures,
      ...(step?.after.keys() ?? []),
      ...GENERATORS
    ])
    throw new InputError(
      where,
      `{{${name}}} is not ${from.join(', nor ')}${near ? `; did you mean {{${near}}}?` : ''}`
    )
  }
  return late
}

/**
 * The name a misspelt one most likely meant: the closest by edit distance,
 * when it is within a third of the name's length (at least one edit), as
 * commander suggests a misspelt option; none when two are equally close.
 */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  const most = Math.max(1, Math.floor(name.length / 3))
  const scored = [...new Set(names)].map((n) => ({ n, d: leven(name.toLowerCase(), n.toLowerCase()) }))
  const best = Math.min(...scored.map((x) => x.d))
  const at = scored.filter((x) => x.d === best)
  if (best <= most && at.length === 1) return at[0].n
  // a known name with more written on (thinktime for think): the one it starts with
  const stem = scored.filter((x) => x.n.length >= 4 && name.toLowerCase().startsWith(x.n.toLowerCase()))
  return stem.length === 1 ? stem[0].n : undefined
}

/**
 * What a name that is there only from a user's second iteration means, said
 * once for each field that reads it.
 */
export function lateNameNote(where: string, name: string, step: StepValues, dataFile?: string): string {
  return `⚠ ${where}: {{${name}}} is captured by ${step.after.get(name)} (this step or a later one), so each user sends it empty in its first iteration and filled from its second; to have it from the first, capture it in an earlier step or give it a default (a column ${name} of ${dataFile ?? 'the data file'})`
}
