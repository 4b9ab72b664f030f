import { InputError } from './errors.js'

/**
 * Which requests get a row in results.csv: every one (`all`), only the
 * failed ones (`errors`), every failed one and one in N of the others
 * (`sample:N`), or none (`none`: the file holds its header only). A long run
 * at thousands of requests a second writes gigabytes with `all`; the other
 * choices bound the file by the errors (and 1/N of the rest).
 */
export type CsvChoice = 'all' | 'errors' | 'none' | `sample:${number}`

/** What load, stress and ab write when nothing chooses (a soak may default to a sample). */
export const DEFAULT_CSV: CsvChoice = 'all'
/** A soak's default: every failed request and one in a thousand others. */
export const SOAK_CSV: CsvChoice = 'sample:1000'

/** The largest N of `sample:N`: one row in a billion is as good as none. */
export const MAX_CSV_SAMPLE = 1_000_000_000

/** The choices as messages and help texts name them. */
export const CSV_CHOICES_TEXT =
  'all, errors, sample:N (every failed request and one in N of the others) or none'

/** `N` of a `sample:N` choice; undefined for the others. */
export function sampleEvery(choice: CsvChoice): number | undefined {
  return choice.startsWith('sample:') ? Number(choice.slice(7)) : undefined
}

/** Why `value` is no CSV choice (undefined when it is one). */
export function csvChoiceProblem(value: string): string | undefined {
  const v = value.trim()
  if (v === 'all' || v === 'errors' || v === 'none') return undefined
  const m = /^sample:(\d+)$/.exec(v)
  if (m) {
    const n = Number(m[1])
    if (n >= 1 && n <= MAX_CSV_SAMPLE) return undefined
    return `must be sample:N with N a whole number from 1 to ${MAX_CSV_SAMPLE} (sample:1 keeps every row, sample:1000 one successful request in 1000; got ${JSON.stringify(value)})`
  }
  return `must be one of ${CSV_CHOICES_TEXT} (got ${JSON.stringify(value)})`
}

/**
 * A face's `--csv` / input `csv` / option `csv`, checked: the choice, or
 * `fallback` when it is unset or empty. Bad input is an InputError naming
 * `field` (exit 2 before anything runs).
 */
export function csvChoice(field: string, value: string | undefined, fallback: CsvChoice): CsvChoice
export function csvChoice(
  field: string,
  value: string | undefined,
  fallback?: CsvChoice
): CsvChoice | undefined
export function csvChoice(
  field: string,
  value: string | undefined,
  fallback?: CsvChoice
): CsvChoice | undefined {
  if (value === undefined || value.trim() === '') return fallback
  const problem = csvChoiceProblem(value)
  if (problem) throw new InputError(field, problem)
  const v = value.trim()
  // `sample:007` is `sample:7`: one spelling in metrics.json and every view
  return (v.startsWith('sample:') ? `sample:${Number(v.slice(7))}` : v) as CsvChoice
}
