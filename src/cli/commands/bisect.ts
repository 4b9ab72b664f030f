import type { Command } from 'commander'
import {
  BISECT_DURATION,
  BISECT_LOOKS,
  parseBisectRequest,
  PORT_PLACEHOLDER,
  withBisectLooks,
  type BisectLabels
} from '../../config/bisect-request.js'
import { DEFAULTS } from '../../config/defaults.js'
import { isUrlService } from '../../config/url-service.js'
import { BISECT_FILE, bisectDocument, performBisect } from '../../run/bisect.js'
import { detectProvenance } from '../../run/provenance.js'
import { addTlsOptions, CLI_LABELS, configFromFlags, pairingOption } from '../common-options.js'
import type { CliContext } from '../context.js'
import { bisectTable, stepChange } from '../bisect-table.js'

interface BisectFlags {
  good?: string
  bad?: string
  build?: string
  start?: string
  waitFor?: string
  waitTimeout?: string
  repo?: string
  users?: string
  duration?: string
  slice?: string
  maxDuration?: string
  pairing?: string
  rps?: string
  maxUsers?: string
  timeout?: string
  warmup?: string
  config?: string
  outputDir?: string
  quiet?: boolean
  json?: boolean
  insecure?: boolean
  ca?: string
}

/** How errors name bisect's fields: its flags. */
export const BISECT_FLAGS: BisectLabels = {
  run: CLI_LABELS,
  slice: '--slice',
  maxDuration: '--max-duration',
  pairing: '--pairing',
  good: '--good',
  bad: '--bad',
  build: '--build',
  start: '--start',
  waitFor: '--wait-for',
  waitTimeout: '--wait-timeout'
}

export function registerBisect(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('bisect')
    .description(
      'find the commit that made the service slower: each candidate built in a git worktree and run beside the good build (ab); regression is bad, no change good, inconclusive skipped'
    )
    .argument(
      '[service]',
      'a service from --config (its endpoints, headers, tolerances), or a path such as /api/items (one GET endpoint)',
      '/'
    )
    .requiredOption('--good <ref>', 'a commit where the service was fast enough: a tag, branch or sha')
    .requiredOption('--bad <ref>', 'a later commit where it is slower, e.g. HEAD')
    .requiredOption(
      '--build <command>',
      "builds a checkout, run in its worktree: 'npm ci && npm run build' (or 'true')"
    )
    .requiredOption(
      '--start <command>',
      `starts a build on ${PORT_PLACEHOLDER} (or $PORT), run in its worktree with PORT set: 'node server.js --port ${PORT_PLACEHOLDER}', 'PORT=$PORT npm start'`
    )
    .option(
      '--wait-for <url>',
      `ready once this answers 2xx or 3xx: http://127.0.0.1:${PORT_PLACEHOLDER}/health [the port takes connections]`
    )
    .option('--wait-timeout <time>', 'how long a build may take to be ready', `${DEFAULTS.waitTimeout}s`)
    .option('--repo <dir>', 'the git repository (any folder inside it)', '.')
    .option(
      '--users <n>',
      'concurrent users (connections) on the side that runs (on each side, with --pairing duet)',
      String(DEFAULTS.users)
    )
    .option('--duration <time>', "one look of each step's A/B run, both sides", `${BISECT_DURATION}s`)
    .option(
      '--max-duration <time>',
      `while a step is inconclusive it looks again, up to this long; then the commit is skipped [config ab.max_duration, else ${BISECT_LOOKS} × --duration]`
    )
    .option('--slice <time>', 'length of one slice of one side', String(DEFAULTS.abSlice))
    .addOption(
      pairingOption(
        'alternate: one build loaded at a time; duet: both at once, so a noisy machine slows both alike (see perf-gate ab --help)'
      )
    )
    .option(
      '--rps <n>',
      'requests per second, paced evenly, on the side that runs (on each side, with --pairing duet)'
    )
    .option('--max-users <n>', 'with --rps: the most connections opened when the target slows')
    .option('--timeout <seconds>', 'per-request timeout (10, 2.5, 500ms)', String(DEFAULTS.timeout))
    .option(
      '--warmup <duration>',
      "send load this long to each side before a step's first slice: each step starts both builds cold (5s helps a service slow in its first seconds) [config warmup, else none]"
    )
    .option('--config <file>', 'perf-gate.yml with the service and its tolerances')
    .option(
      '--output-dir <dir>',
      "where the bisect folder (bisect.json, each step's run) is written",
      DEFAULTS.outputDir
    )
    .option('--quiet', 'no progress and no table; only errors')
    .option('--json', `print ${BISECT_FILE} on stdout`)
  addTlsOptions(cmd).action(async (service: string, flags: BisectFlags) => {
    const { term } = ctx
    // a path stands for one GET endpoint; its host is each step's (the build's port)
    const target = service.startsWith('/') ? `http://127.0.0.1${service}` : service
    const parsed = parseBisectRequest(
      { ...flags, service: isUrlService(target) ? target : service },
      BISECT_FLAGS
    )
    const config = await configFromFlags(flags, ctx.env)
    const request = withBisectLooks(parsed, config, '--duration')
    const say = (line: string): void => {
      if (!flags.quiet) term.err(line + '\n')
    }
    const report = await ctx.withSignals(async (signal) =>
      performBisect(request, {
        repo: flags.repo,
        config,
        env: { ...ctx.env },
        outputDir: flags.outputDir,
        provenance: await detectProvenance(ctx.env, process.cwd()),
        signal,
        log: say,
        onStep: (s) =>
          say(
            s.verdict === undefined
              ? `  → skipped: ${(s.note ?? '').split('\n').slice(0, 4).join('\n')}`
              : `  → ${s.verdict.replace('_', ' ')}${s.judged_on ? ` in ${s.judged_on.join(', ')}` : ''}: ${stepChange(s)}${s.judgement === 'skip' ? ' (skipped)' : ''}`
          )
      })
    )
    if (!flags.quiet) {
      const table = bisectTable(term, report)
      if (flags.json) term.err(table)
      else term.out(table)
    }
    if (flags.json) term.out(JSON.stringify(bisectDocument(report)) + '\n')
    ctx.exitCode = report.exit_code
  })
}
