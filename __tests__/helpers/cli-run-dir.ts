import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { runCli, tempDir, type CliRun } from './run-cli.js'

/** One service of a test config: where it is, what to request, what to expect. */
export interface ServiceSpec {
  baseUrl: string
  /** a path, or an endpoint as perf-gate.yml writes it */
  endpoints: Array<string | { path: string; method?: string; weight?: number; [field: string]: unknown }>
  /** as in perf-gate.yml: `{ p95_response_time: { warning: '120ms', critical: '150ms' } }` */
  thresholds?: Record<string, { warning: string | number; critical: string | number }>
  headers?: Record<string, string>
}

/**
 * Writes a perf-gate.yml for servers the test started, in a fresh folder
 * (or `dir`), and returns its path. Top-level `thresholds` apply to every service.
 */
export async function writeTestConfig(
  services: Record<string, ServiceSpec>,
  options: { dir?: string; thresholds?: ServiceSpec['thresholds'] } = {}
): Promise<string> {
  const dir = options.dir ?? (await tempDir('perf-gate-config-'))
  const doc = {
    services: Object.fromEntries(
      Object.entries(services).map(([name, s]) => [
        name,
        {
          base_url: s.baseUrl,
          ...(s.headers ? { headers: s.headers } : {}),
          endpoints: s.endpoints.map((e) => (typeof e === 'string' ? { path: e } : e)),
          ...(s.thresholds ? { thresholds: s.thresholds } : {})
        }
      ])
    ),
    ...(options.thresholds ? { thresholds: options.thresholds } : {})
  }
  const path = join(dir, 'perf-gate.yml')
  await writeFile(path, stringify(doc))
  return path
}

/** A CLI run that wrote one run directory, and that directory's metrics.json. */
export interface RunWithDir {
  run: CliRun
  /** the run directory, when the run wrote one */
  runDir?: string
  metrics?: any
}

/**
 * Runs the built CLI with a fresh `--output-dir` and reads the one run
 * directory it wrote (none when the run failed before writing; more is an error).
 */
export async function runCliOnce(
  args: string[],
  options: Parameters<typeof runCli>[1] = {}
): Promise<RunWithDir> {
  const out = join(await tempDir('perf-gate-out-'), 'reports')
  const run = await runCli([...args, '--output-dir', out], options)
  const dirs = await readdir(out).catch(() => [] as string[])
  const runDirs = dirs.filter((d) => /_test_/.test(d))
  if (runDirs.length > 1) throw new Error(`expected one run directory in ${out}, found ${runDirs.join(', ')}`)
  if (runDirs.length === 0) return { run }
  const runDir = join(out, runDirs[0])
  return { run, runDir, metrics: JSON.parse(await readFile(join(runDir, 'metrics.json'), 'utf8')) }
}
