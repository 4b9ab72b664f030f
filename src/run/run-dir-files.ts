import { createWriteStream } from 'node:fs'
import { access, readdir, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'
import { InputError } from '../config/errors.js'
import { openInputFile } from '../config/input-file.js'
import { CSV_HEADER } from '../report/csv.js'

/**
 * Run directories from what a user points at: a run directory (or its
 * metrics.json) as is, and a folder without a metrics.json as the run
 * directories in it, up to two levels down (actions/download-artifact leaves
 * one folder per artifact; Jenkins `unstash` one folder per shard, each
 * holding its run directory).
 */
export async function expandRunDirs(paths: readonly string[], field: string): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined)
    if (!s) throw new InputError(field, `${p} does not exist`)
    if (!s.isDirectory() || (await exists(join(p, 'metrics.json')))) {
      out.push(p)
      continue
    }
    const inside = await runDirsIn(p, 2)
    if (inside.length === 0)
      throw new InputError(field, `${p} holds no run directory (no metrics.json in it or in its folders)`)
    out.push(...inside)
  }
  return out
}

/** The folders under `dir` (at most `depth` levels down) that hold a metrics.json, in name order. */
async function runDirsIn(dir: string, depth: number): Promise<string[]> {
  const out: string[] = []
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  for (const e of entries.filter((x) => x.isDirectory())) {
    const sub = join(dir, e.name)
    if (await exists(join(sub, 'metrics.json'))) out.push(sub)
    else if (depth > 1) out.push(...(await runDirsIn(sub, depth - 1)))
  }
  return out
}

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false
  )

/** The shards' results.csv one after the other, under one header (the first shard's: journeys add columns). */
export async function concatCsv(files: readonly string[], to: string, field: string): Promise<void> {
  const part = `${to}.part`
  const out = createWriteStream(part)
  if (files.length === 0) out.write(CSV_HEADER + '\n')
  for (const [k, f] of files.entries()) {
    let header = k > 0
    let carry = ''
    // streamed, never held: a long run's CSV is legitimately gigabytes, so no size cap, only the kind check
    const { handle } = await openInputFile(f, {
      field,
      expected: "a shard's results.csv",
      maxBytes: Infinity,
      tooLarge: () => ''
    })
    for await (const chunk of handle.createReadStream({ encoding: 'utf8' })) {
      let text = carry + (chunk as string)
      if (header) {
        const nl = text.indexOf('\n')
        if (nl < 0) {
          carry = text
          continue
        }
        text = text.slice(nl + 1)
        header = false
      }
      carry = ''
      if (!out.write(text)) await once(out, 'drain')
    }
  }
  out.end()
  await once(out, 'finish')
  await rename(part, to)
}
