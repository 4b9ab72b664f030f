import { InputError, isInputError } from '../config/errors.js'
import { readDataFile, type DataSet } from '../config/data-file.js'
import { headerValueProblem } from '../config/http-grammar.js'
import { setupHeaders, type Endpoint, type Target } from '../config/resolve.js'
import type { Shard } from '../config/shard.js'
import { checkNames, lateNameNote, type NameSources } from '../config/name-sources.js'
import { journeyStepValues } from '../config/step-values.js'
import { hasPlaceholder, parseTemplate, valueNames } from '../config/template.js'
import type { RunInputs } from '../engine/request-renderer.js'
import { runSetup } from './setup-step.js'

/**
 * A target's data file, read and checked against every placeholder before
 * anything is sent: an unknown name, a bad template or a value that cannot go
 * into a header is an InputError (exit 2) naming the field.
 */
export async function readWorkloadData(
  target: Target,
  /** where a name there only from a user's second iteration is said (stderr, the action's log) */
  log?: (line: string) => void
): Promise<DataSet | undefined> {
  const w = target.workload
  const data = w?.data ? await readDataFile(w.data.path, w.data.order, w.data.field) : undefined
  const setup: string[] = []
  for (const step of w?.setup ?? []) {
    // a setup request runs once: it reads what earlier steps captured, never data rows
    checkRequest({ ...step, headers: setupHeaders(step, setup) }, step.field, {
      columns: [],
      captures: [...setup]
    })
    setup.push(...Object.keys(step.capture))
  }
  const columns = data?.columns ?? []
  const inHeaders = new Set<string>()
  try {
    checkEndpoints(target, { setup, columns, inHeaders, log, ...(data ? { data } : {}) })
  } catch (e) {
    // said where the config file has it: its line, as the schema's own errors are
    if (isInputError(e)) throw new InputError(locatedField(target, e.field), e.detail)
    throw e
  }
  if (data) checkHeaderValues(data, inHeaders)
  target.endpoints.forEach((e, i) => {
    for (const note of unitNotes(e, endpointField(target, i), (f) => locatedField(target, f))) log?.(note)
  })
  return data
}

/** Each endpoint's (or step's) templates against the names it can have when it is sent. */
function checkEndpoints(
  target: Target,
  o: {
    setup: readonly string[]
    columns: readonly string[]
    data?: DataSet
    inHeaders: Set<string>
    log?: (line: string) => void
  }
): void {
  const { setup, columns, data, inHeaders, log } = o
  // a plain endpoint list is sent in the run's cycle, in no order of a user's own: any endpoint's capture counts
  const anyEndpoint = target.endpoints.flatMap((e) => e.rules?.capture.map((c) => c.name) ?? [])
  const steps = target.journeys && journeyStepValues(target.endpoints, target.journeys)
  target.endpoints.forEach((e, i) => {
    const where = endpointField(target, i)
    const step = steps?.get(i)
    const known = (own: boolean): NameSources => ({
      columns,
      captures: [...setup, ...(step ? [...step.before, ...(own ? step.own : [])] : anyEndpoint)],
      ...(data ? { dataFile: data.file } : {}),
      ...(step ? { step } : {})
    })
    const late = (field: string, names: readonly string[]): void => {
      for (const name of names) log?.(lateNameNote(locatedField(target, field), name, step!, data?.file))
    }
    for (const name of checkRequest(e, where, known(false), late)) inHeaders.add(name)
    // a check runs after its answer's captures: it reads this step's own values too
    for (const c of e.rules?.checks ?? []) {
      if (c.kind !== 'contains' && c.kind !== 'equals') continue
      const text = c.kind === 'contains' ? c.text : c.value
      if (typeof text !== 'string' || !hasPlaceholder(text)) continue
      const field = `${where}.${c.field}`
      const t = parseTemplate(text, field)
      const generator = t.slots.find((s) => s.kind !== 'value')
      if (generator)
        throw new InputError(
          field,
          `{{${generator.kind}}} makes a new value each time, which no answer could match: a check reads names only (a data column or a captured value)`
        )
      late(field, checkNames(t, field, known(true)))
    }
  })
}

/**
 * A bare number is seconds everywhere in perf-gate; in a pause or a latency
 * bound one that large was most likely meant as milliseconds, and would
 * silently stall the users or never fail.
 */
function unitNotes(e: Endpoint, where: string, at: (field: string) => string): string[] {
  const notes: string[] = []
  const think = e.rules?.think?.maxSec
  if (think !== undefined && think >= 60)
    notes.push(
      `⚠ ${at(`${where}.think`)}: each user pauses up to ${think} s after this step (a bare number is seconds; write 500ms for milliseconds)`
    )
  for (const c of e.rules?.checks ?? [])
    if (c.kind === 'max_latency' && c.maxUs >= 10e6)
      notes.push(
        `⚠ ${at(`${where}.check.max_latency`)}: ${c.maxUs / 1e6} s is at or beyond the default request timeout (10 s), so it can fail only with a longer --timeout (a bare number is seconds; write 500ms for milliseconds)`
      )
  return notes
}

/** How errors name endpoint `i`: `services.api.endpoints[2]`, or a journey's step. */
function endpointField(target: Target, i: number): string {
  const e = target.endpoints[i]
  if (!e.journey) return `services.${target.service}.endpoints[${i}]`
  const j = target.journeys!.findIndex((x) => x.name === e.journey)
  return `services.${target.service}.journeys[${j}].steps[${target.journeys![j].steps.indexOf(i)}]`
}

/**
 * A field as the config file has it, with its line (`perf-gate.yml:17
 * services.api.journeys[0].steps[1].headers.authorization`): the line of the
 * field itself, else of the nearest field that holds it.
 */
export function locatedField(target: Pick<Target, 'source'>, field: string): string {
  if (!target.source || !field.startsWith('services.')) return field
  for (let at = field; ;) {
    const line = target.source.lines[at]
    if (line !== undefined) return `${target.source.file}:${line} ${field}`
    // the field that holds it: one `.key` or `[i]` less
    const holder = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '')
    if (holder === at) return `${target.source.file} ${field}`
    at = holder
  }
}

/** Parses the request's templates and checks their names; returns the names its headers read. */
function checkRequest(
  e: Pick<Endpoint, 'path' | 'headers' | 'body'>,
  where: string,
  known: NameSources,
  late: (field: string, names: readonly string[]) => void = () => undefined
): string[] {
  const check = (text: string | undefined, field: string): string[] => {
    if (text === undefined || !hasPlaceholder(text)) return []
    const t = parseTemplate(text, field)
    late(field, checkNames(t, field, known))
    return valueNames(t)
  }
  check(e.path, `${where}.path`)
  check(e.body, `${where}.body`)
  return Object.entries(e.headers).flatMap(([name, v]) => check(v, `${where}.headers.${name}`))
}

/** A data value bound for a header must be one a header can carry (no CR/LF): found now, not mid-run. */
function checkHeaderValues(data: DataSet, names: ReadonlySet<string>): void {
  for (const name of names) {
    const c = data.columns.indexOf(name)
    if (c < 0) continue
    data.rows.forEach((row, r) => {
      const why = headerValueProblem(row[c] ?? '')
      if (why)
        throw new InputError(`${data.file} row ${r + 1} column ${name}`, `goes into a header and ${why}`)
    })
  }
}

/**
 * After the target answered: the setup step's captured values, which become
 * secrets of the target, and the inputs the engine fills placeholders from.
 */
export async function workloadInputs(
  target: Target,
  data: DataSet | undefined,
  options: { timeoutSec: number; shard?: Shard; signal?: AbortSignal }
): Promise<{ target: Target; inputs?: RunInputs }> {
  const values = target.workload?.setup.length
    ? await runSetup(target, options.timeoutSec, options.signal)
    : {}
  const captured = Object.values(values).filter((v) => v.length > 0)
  if (!data && captured.length === 0 && !usesGenerators(target)) return { target }
  const part = options.shard ? { index: options.shard.index - 1, of: options.shard.of } : undefined
  return {
    target: { ...target, secrets: [...new Set([...target.secrets, ...captured])] },
    inputs: { values, ...(data ? { data } : {}), ...(part ? { part } : {}) }
  }
}

function usesGenerators(target: Target): boolean {
  return target.endpoints.some(
    (e) =>
      hasPlaceholder(e.path) ||
      (e.body !== undefined && hasPlaceholder(e.body)) ||
      Object.values(e.headers).some(hasPlaceholder)
  )
}
