import { rename, writeFile } from 'node:fs/promises'

/** Writes to a temporary name, then renames: a reader never sees half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, content)
  await rename(tmp, path)
}
