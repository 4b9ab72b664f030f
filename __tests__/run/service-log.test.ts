import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_LOG_BYTES, readLog } from '../../src/run/log-end.js'
import { tempDir } from '../helpers/run-cli.js'

describe('service.log', () => {
  it('keeps a short log whole', async () => {
    const file = join(await tempDir(), 'out.log')
    await writeFile(file, 'listening on 8080\nbye\n')
    expect(await readLog(file)).toBe('listening on 8080\nbye\n')
  })

  it('keeps the end of a long one from a whole line on, and says how much it left out', async () => {
    const file = join(await tempDir(), 'out.log')
    const lines = Array.from({ length: 100_000 }, (_, i) => `request ${i} served in 3 ms, ünïcode`)
    const text = lines.join('\n') + '\n'
    await writeFile(file, text)
    const [note, ...kept] = (await readLog(file)).split('\n')
    const keptText = kept.join('\n')
    const keptBytes = Buffer.byteLength(keptText)
    expect(keptBytes).toBeLessThanOrEqual(MAX_LOG_BYTES)
    expect(keptBytes).toBeGreaterThan(MAX_LOG_BYTES - 100)
    expect(text.endsWith(keptText)).toBe(true)
    expect(kept[0]).toMatch(/^request \d+ served in 3 ms, ünïcode$/)
    expect(kept.at(-2)).toBe('request 99999 served in 3 ms, ünïcode')
    const left = Buffer.byteLength(text) - keptBytes
    expect(note).toBe(
      `[perf-gate: the first ${left.toLocaleString('en-US')} bytes of the service's output are left out; its last ${keptBytes.toLocaleString('en-US')} follow]`
    )
  })

  it('a service that wrote nothing, or no log at all: empty', async () => {
    expect(await readLog(join(await tempDir(), 'missing.log'))).toBe('')
  })
})
