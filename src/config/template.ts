import { InputError } from './errors.js'

/**
 * `{{name}}` placeholders in paths, headers and bodies. A template is split
 * once, when the config is read, into literal parts and slots; the engine
 * fills the slots per request without parsing anything again.
 */

/** What fills a slot: a data column or captured value by name, or a generator. */
export type Slot =
  | { kind: 'value'; name: string }
  | { kind: 'randomInt'; min: number; max: number }
  | { kind: 'uuid' }
  | { kind: 'seq' }
  | { kind: 'timestamp' }

/** `parts[0] slot[0] parts[1] … slot[n-1] parts[n]` */
export interface Template {
  parts: string[]
  slots: Slot[]
}

export const GENERATORS = ['randomInt', 'uuid', 'seq', 'timestamp'] as const
export const GENERATOR_HELP = 'randomInt MIN MAX, uuid, seq, timestamp'

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

export function hasPlaceholder(text: string): boolean {
  return text.includes('{{')
}

/** Splits `text`; `where` names the field in errors. */
export function parseTemplate(text: string, where: string): Template {
  const parts: string[] = []
  const slots: Slot[] = []
  let last = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index))
    slots.push(parseSlot(m[1].trim(), where))
    last = m.index + m[0].length
  }
  parts.push(text.slice(last))
  // (a lone `}}` is no mistake: nested JSON objects end that way)
  if (parts.some((p) => p.includes('{{')))
    throw new InputError(where, 'has an unclosed {{: write placeholders as {{name}}')
  return { parts, slots }
}

function parseSlot(inner: string, where: string): Slot {
  const [word, ...args] = inner.split(/\s+/)
  if (word === 'randomInt') {
    const [min, max] = args.map(Number)
    if (args.length !== 2 || !Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max)
      throw new InputError(
        where,
        `{{${inner}}} needs two whole numbers, the smallest first: {{randomInt 1 1000}}`
      )
    return { kind: 'randomInt', min, max }
  }
  if (word === 'uuid' || word === 'seq' || word === 'timestamp') {
    if (args.length > 0) throw new InputError(where, `{{${word}}} takes no arguments (got {{${inner}}})`)
    return { kind: word }
  }
  if (args.length > 0 || !NAME.test(word ?? ''))
    throw new InputError(
      where,
      `{{${inner}}} is neither a name (letters, digits, _ and -) nor a generator (${GENERATOR_HELP})`
    )
  return { kind: 'value', name: word }
}

/** The names a template reads (data columns or captured values). */
export function valueNames(t: Template): string[] {
  return t.slots.flatMap((s) => (s.kind === 'value' ? [s.name] : []))
}

/** Fills the `value` slots found in `values`, keeping the others: the template that is left. */
export function bindValues(t: Template, values: Readonly<Record<string, string>>): Template {
  const parts = [t.parts[0]]
  const slots: Slot[] = []
  t.slots.forEach((slot, i) => {
    if (slot.kind === 'value' && Object.hasOwn(values, slot.name))
      parts[parts.length - 1] += values[slot.name] + t.parts[i + 1]
    else {
      slots.push(slot)
      parts.push(t.parts[i + 1])
    }
  })
  return { parts, slots }
}
