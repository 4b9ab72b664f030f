import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../config/errors.js'
import { makeDirs } from './make-dirs.js'

/** `load_test_pkd_service_20231201_143022`: the seed's naming, in local time. */
export function runDirName(testName: string, at: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`
  return `${testName}_${stamp}`
}

/**
 * Creates a fresh run directory under `outputDir`; two runs started in the
 * same second get `_2`, `_3`… instead of writing into each other.
 */
export async function createRunDir(outputDir: string, testName: string, at: Date): Promise<string> {
  try {
    await makeDirs(outputDir)
  } catch (e) {
    throw new InputError(
      '--output-dir',
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
        throw new InputError('--output-dir', `cannot create ${dir} (${code}); choose a writable folder`)
    }
  }
}
