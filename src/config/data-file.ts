import { basename, extname } from 'node:path'
import { InputError } from './errors.js'
import { readInputFile } from './input-file.js'

/**
 * How a run walks a data file: in order and round again, at random, each row
 * once (then the run ends), or one row per virtual user for its whole life.
 */
export const DATA_ORDERS = ['sequence', 'random', 'unique', 'per_user'] as const
export type DataOrder = (typeof DATA_ORDERS)[number]

/** A data file's rows as strings, by column; plain data, so it travels to worker threads as it is. */
export interface DataSet {
  /** the file's name, for messages and reports */
  file: string
  order: DataOrder
  columns: string[]
  rows: string[][]
}

/** A data file is read whole; far larger than this is better split across shards. */
export const MAX_DATA_BYTES = 256 * 2 ** 20

/**
 * Reads a CSV file (a header row, then one row per request) or a JSON array
 * of objects. `field` names the config entry in errors.
 */
export async function readDataFile(path: string, order: DataOrder, field: string): Promise<DataSet> {
  const file = basename(path)
  let text: string
  try {
    text = await readInputFile(path, {
      field,
      expected: 'a CSV or JSON data file',
      maxBytes: MAX_DATA_BYTES,
      tooLarge: () => `${file} is larger than ${MAX_DATA_BYTES / 2 ** 20} MiB; split it across shards`
    })
  } catch (e) {
    if (e instanceof InputError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(
      field,
      code === 'ENOENT'
        ? `file ${path} does not exist (a relative path is read from the config file's folder)`
        : `cannot read ${path} (${code ?? String(e)})`
    )
  }
  const { columns, rows } =
    extname(path).toLowerCase() === '.json' ? fromJson(text, file, field) : await fromCsv(text, file, field)
  if (rows.length === 0) throw new InputError(field, `${file} has no data rows`)
  return { file, order, columns, rows }
}

async function fromCsv(
  text: string,
  file: string,
  field: string
): Promise<Pick<DataSet, 'columns' | 'rows'>> {
  // the parser loads only when a CSV file is read
  const { parse } = await import('csv-parse/sync')
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: false })
  } catch (e) {
    throw new InputError(field, `${file} is not valid CSV: ${(e as Error).message}`)
  }
  const [header, ...rows] = records
  if (!header) throw new InputError(field, `${file} is empty: it needs a header row naming the columns`)
  const columns = header.map((c) => c.trim())
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i)
  if (duplicate !== undefined)
    throw new InputError(field, `${file} names column ${JSON.stringify(duplicate)} twice`)
  return { columns, rows }
}

function fromJson(text: string, file: string, field: string): Pick<DataSet, 'columns' | 'rows'> {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new InputError(field, `${file} is not valid JSON: ${(e as Error).message}`)
  }
  if (!Array.isArray(doc) || doc.some((r) => r === null || typeof r !== 'object' || Array.isArray(r)))
    throw new InputError(field, `${file} must be a JSON array of objects, one per row ([{"id": 1}, …])`)
  const columns = [...new Set(doc.flatMap((r: object) => Object.keys(r)))]
  const rows = doc.map((r: Record<string, unknown>) =>
    columns.map((c) => {
      // own keys only: a row without a `constructor` or `__proto__` column is empty there, not Object.prototype's
      const v = Object.hasOwn(r, c) ? r[c] : undefined
      return v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v)
    })
  )
  return { columns, rows }
}
