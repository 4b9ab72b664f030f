import { mkdir, mkdtemp, rmdir, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { InputError } from '../../config/errors.js'
import { makeDirs } from './make-dirs.js'

/** `load_test_pkd_service_20231201_143022`: the seed's naming, in local time. */
export function runDirName(testName: string, at: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`
  return `${testName}_${stamp}`
}

/**
 * Whether run directories can be made under `outputDir`, found without
 * leaving anything behind: the nearest folder that exists must be a folder
 * in which a folder can be made (tried, and removed). Run before the first
 * request, so a bad output folder costs no load. `label` is how the face
 * names the folder's setting in its messages.
 */
export async function checkOutputDir(outputDir: string, label: string): Promise<void> {
  const bad = (why: string): InputError =>
    new InputError(label, `cannot write run directories under ${outputDir}: ${why}; choose a writable folder`)
  let dir = resolve(outputDir)
  for (;;) {
    let isDir: boolean
    try {
      isDir = (await stat(dir)).isDirectory()
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw bad(`${dir} (${code})`)
      if (dirname(dir) === dir) throw bad(`no folder of it exists`)
      dir = dirname(dir)
      continue
    }
    if (!isDir) throw bad(`${dir} is a file`)
    try {
      await rmdir(await mkdtemp(join(dir, '.perf-gate-check-')))
    } catch (e) {
      throw bad(`${dir} does not let a folder be made in it (${(e as NodeJS.ErrnoException).code})`)
    }
    return
  }
}

/**
 * Creates a fresh run directory under `outputDir`; two runs started in the
 * same second get `_2`, `_3`… instead of writing into each other.
 */
export async function createRunDir(
  outputDir: string,
  testName: string,
  at: Date,
  /** how the face names the output folder in its messages (`--output-dir`, `output-dir`, `outputDir`) */
  label: string
): Promise<string> {
  try {
    await makeDirs(outputDir)
  } catch (e) {
    throw new InputError(
      label,
      `cannot create ${outputDir} (${(e as NodeJS.ErrnoException).code}); choose a writable folder`
    )
  }
  const base = join(outputDir, runDirName(testName, at))
  for (let n = 1; ; n++) {
    const dir = n === 1 ? base : `${base}_${n}`
    try {
      await mkdir(dir)
      return dir
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EEXIST')
        throw new InputError(label, `cannot create ${dir} (${code}); choose a writable folder`)
    }
  }
}
