import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  inputKind,
  NotRegularFileError,
  readInputFile,
  type InputFileRule
} from '../../src/config/input-file.js'
import { tempDir } from '../helpers/run-cli.js'

/**
 * The one reader of paths a user or another job names. A FIFO must be refused
 * before it is opened: a blocking open would hang this test (and the jest
 * worker) instead of failing it, so each FIFO case has a short timeout.
 */
let dir: string
const rule = (maxBytes = 100): InputFileRule => ({
  field: '--data',
  expected: 'a CSV or JSON data file',
  maxBytes,
  tooLarge: (p) => `${p} is too large`
})

beforeAll(async () => {
  dir = await tempDir('perf-gate-input-file-')
  execFileSync('mkfifo', [join(dir, 'fifo')])
  await symlink(join(dir, 'fifo'), join(dir, 'link-to-fifo'))
  await symlink('/dev/null', join(dir, 'null.csv'))
  await mkdir(join(dir, 'folder'))
  await writeFile(join(dir, 'rows.csv'), 'id\n1\n')
  await symlink(join(dir, 'rows.csv'), join(dir, 'link.csv'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readInputFile', () => {
  it('reads a regular file, also through a symlink', async () => {
    await expect(readInputFile(join(dir, 'rows.csv'), rule())).resolves.toBe('id\n1\n')
    await expect(readInputFile(join(dir, 'link.csv'), rule())).resolves.toBe('id\n1\n')
  })

  it('refuses a FIFO before opening it, on one line naming the path and what is expected', async () => {
    const path = join(dir, 'fifo')
    const e = await readInputFile(path, rule()).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(NotRegularFileError)
    expect((e as Error).message).toBe(
      `--data: ${path} is a FIFO (named pipe); expected a CSV or JSON data file`
    )
    expect((e as { exitCode: number }).exitCode).toBe(2)
  }, 3000)

  it('a symlink to a FIFO or a device names what it links to', async () => {
    await expect(readInputFile(join(dir, 'link-to-fifo'), rule())).rejects.toThrow(
      `${join(dir, 'link-to-fifo')} (a link to ${join(dir, 'fifo')}) is a FIFO (named pipe)`
    )
    await expect(readInputFile(join(dir, 'null.csv'), rule())).rejects.toThrow(
      /null\.csv \(a link to \/dev\/null\) is a character device; expected a CSV or JSON data file$/
    )
  }, 3000)

  it('refuses /dev/zero before a byte is read, and a folder where a file is meant', async () => {
    await expect(readInputFile('/dev/zero', rule(2 ** 30))).rejects.toThrow(
      '--data: /dev/zero is a character device; expected a CSV or JSON data file'
    )
    await expect(readInputFile(join(dir, 'folder'), rule())).rejects.toThrow(
      /folder is a directory; expected/
    )
  })

  it('caps the size, and lets a missing file through to the caller as ENOENT', async () => {
    await expect(readInputFile(join(dir, 'rows.csv'), rule(3))).rejects.toThrow(/rows\.csv is too large$/)
    await expect(readInputFile(join(dir, 'none.csv'), rule())).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('inputKind', () => {
  it('a folder where one is meant; a FIFO never', async () => {
    const o = { field: 'summary', expected: 'a folder of runs', directory: true }
    await expect(inputKind(join(dir, 'folder'), o)).resolves.toBe('directory')
    await expect(inputKind(join(dir, 'rows.csv'), o)).resolves.toBe('file')
    await expect(inputKind(join(dir, 'rows.csv'), { ...o, file: false })).rejects.toThrow(
      /rows\.csv is a regular file; expected a folder of runs$/
    )
    await expect(inputKind(join(dir, 'fifo'), o)).rejects.toThrow(
      /fifo is a FIFO \(named pipe\); expected a folder of runs$/
    )
  }, 3000)
})
