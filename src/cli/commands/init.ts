import type { Command } from 'commander'
import { existsSync, realpathSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { InputError } from '../../config/errors.js'
import {
  NPM_SCHEMA_PATH,
  renderConfig,
  renderWorkflow,
  type ProbeResult
} from '../../config/init-template.js'
import { urlService } from '../../config/url-service.js'
import { VERSION } from '../../version.js'
import type { CliContext } from '../context.js'

interface InitFlags {
  github?: boolean
  force?: boolean
  output: string
  uses: string
}

/** Where the workflow goes, from the working folder (the repository root). */
const WORKFLOW = join('.github', 'workflows', 'perf-gate.yml')

/** The action reference a written workflow uses until the user says where perf-gate comes from. */
const DEFAULT_USES = 'OWNER/perf-gate@v1'

/** Stands in when init is given no URL: the file still shows every block. */
const STAND_IN_URL = 'http://localhost:8080/'

/** One GET, this long at most: init is a setup step, not a test. */
const PROBE_TIMEOUT_MS = 5000

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(
      'write a commented perf-gate.yml for one URL (probed once for its status and content type); --github also writes the workflow'
    )
    .argument(
      '[url]',
      `the endpoint to test, e.g. http://localhost:8080/health (default: ${STAND_IN_URL}, not probed)`
    )
    .option('--output <file>', 'the config file to write', 'perf-gate.yml')
    .option('--github', `also write ${WORKFLOW}, running the action on every pull request`)
    .option(
      '--uses <ref>',
      'with --github: the action the workflow uses (owner/perf-gate@tag or @sha)',
      DEFAULT_USES
    )
    .option('--force', 'overwrite files that exist')
    .action(async (url: string | undefined, flags: InitFlags) => {
      ctx.exitCode = await init(ctx, url, flags)
    })
}

async function init(ctx: CliContext, given: string | undefined, flags: InitFlags): Promise<number> {
  const { term } = ctx
  const service = urlService(given ?? STAND_IN_URL, 'url')
  if (!service)
    throw new InputError(
      'url',
      `must be an http:// or https:// URL such as ${STAND_IN_URL}health (got ${JSON.stringify(given)})`
    )
  if (!/^[\w./-]+@[\w./-]+$/.test(flags.uses))
    throw new InputError(
      '--uses',
      `must be owner/repository@tag or @sha, as in a workflow's uses: (got ${JSON.stringify(flags.uses)})`
    )
  const configFile = resolve(flags.output)
  const workflowFile = resolve(WORKFLOW)
  // every check before any write: an existing file stops init with nothing written
  const targets = [configFile, ...(flags.github ? [workflowFile] : [])]
  for (const file of targets) await refuseOverwrite(file, flags.force ?? false)

  const probe = given === undefined ? undefined : await probeUrl(service.url)
  if (probe?.answered)
    term.err(
      `perf-gate: GET ${service.url.href} answered HTTP ${probe.status}${probe.contentType ? ` (${probe.contentType})` : ''} in ${probe.ms} ms\n`
    )
  else if (probe)
    term.err(
      `⚠ perf-gate: GET ${service.url.href} was not answered (${probe.reason}); the config is written all the same: start the service before a run\n`
    )
  const configText = renderConfig({
    service,
    probe,
    schema: schemaReference(dirname(configFile)),
    command: ['perf-gate init', ...(given ? [given] : []), ...(flags.github ? ['--github'] : [])].join(' '),
    file: relative(process.cwd(), configFile) || flags.output
  })
  const workflowText = flags.github
    ? renderWorkflow({
        service: service.name,
        config: relative(process.cwd(), configFile).split(sep).join('/'),
        // the action waits for 2xx or 3xx: a URL that answered 4xx would never be ready
        waitFor:
          given && (!probe?.answered || (probe.status >= 200 && probe.status < 400))
            ? service.url.href
            : undefined,
        uses: flags.uses
      })
    : undefined
  await writeWhole(configFile, configText)
  term.err(
    `perf-gate: wrote ${relative(process.cwd(), configFile)} (service ${service.name}: GET ${service.url.pathname}${service.url.search}, default thresholds)\n`
  )
  if (workflowText) {
    await writeWhole(workflowFile, workflowText)
    term.err(
      `perf-gate: wrote ${WORKFLOW}: set how your service is built and started${flags.uses === DEFAULT_USES ? `, and replace ${DEFAULT_USES} with where you use perf-gate from (or pass --uses)` : ''}\n`
    )
  }
  term.out(
    `Next: ${invokedAs()} load ${service.name} --config ${relative(process.cwd(), configFile)} --duration 30s\n`
  )
  return 0
}

async function refuseOverwrite(file: string, force: boolean): Promise<void> {
  const found = await stat(file).catch(() => undefined)
  if (!found) return
  if (!found.isFile()) throw new InputError(relative(process.cwd(), file), 'exists and is not a file')
  if (!force)
    throw new InputError(relative(process.cwd(), file), 'already exists; pass --force to overwrite it')
}

/** One GET, no redirect followed (a run does not follow them either), its body left unread. */
async function probeUrl(url: URL): Promise<ProbeResult> {
  const started = performance.now()
  try {
    const res = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      headers: { 'user-agent': `perf-gate/${VERSION} init` }
    })
    await res.body?.cancel()
    const contentType = res.headers.get('content-type') ?? undefined
    return {
      answered: true,
      status: res.status,
      ms: Math.round(performance.now() - started),
      ...(contentType ? { contentType } : {})
    }
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } }
    const reason =
      err.name === 'TimeoutError'
        ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
        : (err.cause?.code ?? err.cause?.message ?? err.message)
    return { answered: false, reason }
  }
}

/**
 * The `$schema` path that works where the file is written: perf-gate
 * installed with npm beside it, else this CLI's own schema when it lies in
 * the same tree (a vendored copy or a clone such as .perf-gate/), else the
 * npm path with a comment saying how to point it.
 */
function schemaReference(folder: string): string {
  if (existsSync(resolve(folder, NPM_SCHEMA_PATH))) return NPM_SCHEMA_PATH
  const entry = process.argv[1]
  if (entry && /cli\.js$/.test(entry)) {
    const own = resolve(dirname(realpathSync(entry)), '..', 'schema', 'perf-gate.schema.json')
    const rel = relative(folder, own)
    if (existsSync(own) && !rel.startsWith('..')) return `./${rel.split(sep).join('/')}`
  }
  return NPM_SCHEMA_PATH
}

/** Writes a file whole or not at all: a temporary file beside it, renamed over it. */
async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temp, text, { flag: 'wx' })
    await rename(temp, file)
  } catch (e) {
    await rm(temp, { force: true })
    throw new InputError(
      relative(process.cwd(), file),
      `cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`
    )
  }
}

/**
 * The command as this process was started, for a next step the user can
 * paste: `node ../perf-gate/dist/cli.js` from a clone, `perf-gate` from a
 * package's bin (npx, a global install).
 */
function invokedAs(): string {
  const script = process.argv[1] ?? ''
  if (!/\.[cm]?js$/.test(script)) return 'perf-gate'
  const at = relative(process.cwd(), script)
  return `node ${at.includes(' ') ? JSON.stringify(at) : at}`
}
