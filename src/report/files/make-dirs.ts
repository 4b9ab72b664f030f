import { mkdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * `mkdir -p`. Not `mkdir(dir, { recursive: true })`: on Node 20 that never
 * returns for a path the kernel refuses with ENOENT although its parent
 * exists (`/proc/x`), spinning a core until the process is killed.
 */
export async function makeDirs(dir: string): Promise<void> {
  try {
    await mkdir(dir)
    return
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return
      throw Object.assign(new Error(`${dir} exists and is not a directory`), { code: 'ENOTDIR' })
    }
    const parent = dirname(dir)
    if (code !== 'ENOENT' || parent === dir) throw e
  }
  await makeDirs(dirname(dir))
  try {
    await mkdir(dir)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
  }
}
