import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { NPM_SCHEMA_PATH } from '../../src/config/init-template.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'

/** Every `$schema=` a user may copy: the example configs, and the config blocks of the README and docs/. */
async function schemaReferences(): Promise<{ where: string; ref: string }[]> {
  const found: { where: string; ref: string }[] = []
  const docs = (await readdir(join(ROOT, 'docs'), { recursive: true }))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
  for (const file of [
    'examples/perf-gate.yml',
    'examples/workloads/perf-gate.yml',
    'examples/journeys/perf-gate.yml',
    'README.md',
    ...docs
  ]) {
    const text = await readFile(join(ROOT, file), 'utf8')
    for (const m of text.matchAll(/yaml-language-server: \$schema=(\S+)/g))
      found.push({ where: file, ref: m[1] })
  }
  return found
}

describe('$schema references work as copied', () => {
  it('none names a placeholder owner; each resolves to the published schema in a project with perf-gate installed', async () => {
    const refs = await schemaReferences()
    expect(refs.map((r) => r.where)).toEqual(
      expect.arrayContaining(['examples/perf-gate.yml', 'README.md', 'docs/workloads.md'])
    )
    // a user's project: perf-gate installed with npm (its package ships schema/), the file copied to the root
    const project = await tempDir('perf-gate-schema-ref-')
    await mkdir(join(project, 'node_modules'))
    await symlink(ROOT, join(project, 'node_modules/perf-gate'), 'dir')
    const published = await readFile(join(ROOT, 'schema/perf-gate.schema.json'), 'utf8')
    for (const { where, ref } of refs) {
      expect([where, ref]).not.toEqual([where, expect.stringContaining('OWNER')])
      expect([where, ref]).toEqual([where, NPM_SCHEMA_PATH])
      const file = resolve(project, ref)
      expect([where, existsSync(file)]).toEqual([where, true])
      expect(await readFile(file, 'utf8')).toBe(published)
    }
  })

  it('the package ships the schema that path points into', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.name).toBe('perf-gate')
    expect(pkg.files).toContain('schema')
  })
})
