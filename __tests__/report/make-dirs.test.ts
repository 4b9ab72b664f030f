import { describe, expect, it } from '@jest/globals'
import { existsSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDirs } from '../../src/report/files/make-dirs.js'
import { checkOutputDir, createRunDir } from '../../src/report/files/run-dir.js'
import { tempDir } from '../helpers/run-cli.js'

describe('makeDirs', () => {
  it('creates every missing level, and accepts what exists', async () => {
    const root = await tempDir()
    const deep = join(root, 'a', 'b', 'c')
    await makeDirs(deep)
    expect(statSync(deep).isDirectory()).toBe(true)
    await expect(makeDirs(deep)).resolves.toBeUndefined()
  })

  it('refuses a file in the way', async () => {
    const root = await tempDir()
    await writeFile(join(root, 'f'), '')
    await expect(makeDirs(join(root, 'f'))).rejects.toMatchObject({ code: 'ENOTDIR' })
    await expect(makeDirs(join(root, 'f', 'g'))).rejects.toMatchObject({ code: 'ENOTDIR' })
  })

  // Node 20's mkdir(…, { recursive: true }) never returns here; this returns an error at once
  it('a folder the kernel refuses under an existing parent is an error, not a hang', async () => {
    if (!existsSync('/proc/self')) return
    await expect(makeDirs('/proc/perf-gate-x/reports')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(
      createRunDir('/proc/perf-gate-x', 'load_test_api', new Date(), '--output-dir')
    ).rejects.toThrow('--output-dir: cannot create /proc/perf-gate-x (ENOENT); choose a writable folder')
  })

  it("names the folder's setting as the face does", async () => {
    const root = await tempDir()
    await writeFile(join(root, 'f'), '')
    await expect(checkOutputDir(join(root, 'f', 'runs'), 'output-dir')).rejects.toThrow(
      `output-dir: cannot write run directories under ${join(root, 'f', 'runs')}: ${join(root, 'f')} is a file; choose a writable folder`
    )
    await expect(createRunDir(join(root, 'f'), 'load_test_api', new Date(), 'output-dir')).rejects.toThrow(
      /^output-dir: cannot create /
    )
  })
})
