import { randomUUID } from 'node:crypto'
import { jsonEscape, type Endpoint } from '../config/resolve.js'
import { hasPlaceholder, parseTemplate, type Slot } from '../config/template.js'
import { withUserAgent } from './request-plan.js'

/**
 * A request's text as literal parts and slots, and the one layout of its head
 * (request line, Host, keep-alive, the config's headers) that autocannon's
 * own prebuilt requests have. The plain renderer (data rows, generators) and
 * the virtual users (captures, cookies) fill the slots each their own way;
 * the bytes around them are the same.
 */

export type Encode = (value: string) => string
export const raw: Encode = (v) => v

/** A slot and how its value goes in where it stands (a path %-encodes, a JSON body escapes). */
export interface PlacedSlot {
  slot: Slot
  encode: Encode
  /** the data column a `value` slot reads (-1: none) */
  column: number
  /** that column's values, encoded for where the slot stands, by row: encoded once, not per send */
  ready?: string[]
}

export interface Compiled {
  parts: string[]
  slots: PlacedSlot[]
}

export const emptyCompiled = (): Compiled => ({ parts: [''], slots: [] })

export function append(c: Compiled, text: string, encode: Encode, columns: readonly string[] = []): void {
  const t = hasPlaceholder(text) ? parseTemplate(text, 'request') : { parts: [text], slots: [] }
  c.parts[c.parts.length - 1] += t.parts[0]
  t.slots.forEach((slot, i) => {
    c.slots.push({ slot, encode, column: slot.kind === 'value' ? columns.indexOf(slot.name) : -1 })
    c.parts.push(t.parts[i + 1])
  })
}

/**
 * ` HTTP/1.1\r\n`, Host, keep-alive and the endpoint's headers, each line
 * through `put`: everything after the request line's path. Content-Length is
 * the rendered body's (`withBody`), and headers `aside` names (lowercase) are
 * left to the caller.
 */
export function layHead(
  e: Endpoint,
  host: string,
  put: (text: string, encode: Encode) => void,
  aside: (name: string, value: string) => boolean = () => false
): void {
  const headers = withUserAgent(e.headers)
  put(' HTTP/1.1\r\n', raw)
  const names = Object.keys(headers).map((h) => h.toLowerCase())
  if (!names.includes('host')) put(`Host: ${host}\r\n`, raw)
  put('Connection: keep-alive\r\n', raw)
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'content-length' || aside(lower, value)) continue
    put(`${name}: `, raw)
    put(value, raw)
    put('\r\n', raw)
  }
}

/** The endpoint's body as a template, escaped as its kind needs; undefined for none. */
export function compileBody(e: Endpoint, columns: readonly string[] = []): Compiled | undefined {
  if (e.body === undefined || e.body.length === 0) return undefined
  const body = emptyCompiled()
  append(body, e.body, e.jsonBody ? jsonEscape : raw, columns)
  return body
}

/** A filled head (ending in its last header's CRLF) and body as the bytes on the wire. */
export function requestBytes(head: string, body: string | undefined): Buffer {
  if (body === undefined) return Buffer.from(head + '\r\n')
  return Buffer.from(`${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
}

export function slotValue(slot: Slot, seq: string): string {
  switch (slot.kind) {
    case 'value':
      // a column the data file does not have (setup requests read no data)
      return ''
    case 'randomInt':
      return String(slot.min + Math.floor(Math.random() * (slot.max - slot.min + 1)))
    case 'uuid':
      return randomUUID()
    case 'seq':
      return seq
    case 'timestamp':
      return String(Date.now())
  }
}
