import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT, tempDir } from '../helpers/run-cli.js'

const run = promisify(execFile)

/** The shell part of the Jenkins baseline recipe (docs/baselines.md), as Jenkins hands it to sh. */
async function jenkinsRecipe(): Promise<string> {
  const page = await readFile(join(ROOT, 'docs/baselines.md'), 'utf8')
  const at = page.indexOf("### Keeping the main branch's runs as the baseline")
  if (at < 0)
    throw new Error('docs/baselines.md has no section "Keeping the main branch\'s runs as the baseline"')
  const script = /sh '''\n([\s\S]*?)'''/.exec(page.slice(at))?.[1]
  if (!script) throw new Error('the Jenkins baseline recipe is missing from docs/baselines.md')
  return script
}

/** Runs the recipe in `dir` with a stand-in perf-gate that prints the arguments it was given. */
async function runRecipe(dir: string): Promise<string[]> {
  await mkdir(join(dir, '.perf-gate/dist'), { recursive: true })
  await writeFile(join(dir, '.perf-gate/dist/cli.js'), 'console.log(JSON.stringify(process.argv.slice(2)))\n')
  const { stdout } = await run('sh', ['-c', await jenkinsRecipe()], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', SERVICE: 'my service' }
  })
  return JSON.parse(stdout)
}

describe('the Jenkins baseline recipe of docs/baselines.md (shell part)', () => {
  it('passes the newest load run copied from the last successful build as --baseline', async () => {
    const dir = await tempDir('perf-gate-jenkins-baseline-')
    for (const name of [
      'load_test_api_20261124_101500',
      'load_test_api_20261125_093000',
      'stress_test_api_20261126_080000'
    ])
      await mkdir(join(dir, 'baseline/reports/performance', name), { recursive: true })
    expect(await runRecipe(dir)).toEqual([
      'load',
      'my service',
      '--baseline',
      'baseline/reports/performance/load_test_api_20261125_093000/'
    ])
  })

  it('on the first build, with nothing copied, runs without a baseline', async () => {
    expect(await runRecipe(await tempDir('perf-gate-jenkins-first-'))).toEqual(['load', 'my service'])
  })
})
