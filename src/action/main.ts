import * as core from '@actions/core'
import { isInputError, isUnreachableError } from '../config/errors.js'
import { loadConfig } from '../config/load.js'
import { withConfigAb } from '../config/ab-request.js'
import { API_KEY_ENV } from '../config/presets.js'
import { progressPrinter } from '../terminal/progress-printer.js'
import { sayOnSignal, whileRunning } from '../terminal/signals.js'
import { planTest } from '../run/perform-test.js'
import { parseInputs } from './inputs.js'
import { withServiceUnderTest } from '../run/with-service.js'
import { pathOf, reportedName, urlService, urlServiceNote } from '../config/url-service.js'
import { maskable } from '../config/secrets.js'
import { publish } from './publish.js'
import { runAb, runMerge, runOne, serviceSpec } from './run-modes.js'
import { detectProvenance } from '../run/provenance.js'

/** The action: inputs → test → outputs, job summary, artifact, PR comment; the gate decides the step's result. */
export async function run(): Promise<void> {
  try {
    const settings = parseInputs((name) => core.getInput(name))
    if (settings.apiKey) core.setSecret(settings.apiKey)
    if (settings.githubToken) core.setSecret(settings.githubToken)
    const env = { ...process.env, ...(settings.apiKey ? { [API_KEY_ENV]: settings.apiKey } : {}) }
    const config = await loadConfig({
      file: settings.config,
      env,
      field: 'config',
      tls: { insecure: settings.insecure, ca: settings.ca, caField: 'ca' }
    })
    // masked before anything runs: a failing `start` service's log is printed before any target is resolved
    for (const s of maskable(config.secrets)) core.setSecret(s)
    const byUrl = urlService(settings.request.service)
    if (byUrl)
      core.info(
        urlServiceNote(
          settings.ab ? pathOf(byUrl.url) : byUrl.url.href,
          config.source,
          settings.ab ? 'on A (baseline-url) and B (base-url)' : undefined
        )
      )
    const progress = progressPrinter(
      {
        out: (t) => core.info(t.trimEnd()),
        err: (t) => core.info(t.trimEnd()),
        interactive: false,
        color: false
      },
      reportedName(settings.request.service)
    )
    // a cancelled job gets SIGINT, then SIGTERM 7.5 s later: the first stops the load, and the
    // partial results are still published (summary, artifact, comment) before the second one
    sayOnSignal((l) => core.info(l))
    // the target is resolved here, once: `start` awaits it, the run goes on with it
    const test = settings.merge || settings.ab ? undefined : planTest(settings.request, config)
    // the config's looks, checked before the service starts
    const ab = settings.ab && withConfigAb(settings.ab, config, 'duration')
    // a merge keeps its shards' provenance: the jobs that ran the load, not the one that adds them up
    const provenance = settings.merge ? undefined : await detectProvenance(process.env, process.cwd())
    const report = await whileRunning(async (signal) => {
      const r = settings.merge
        ? await runMerge(settings, settings.merge.runs, config)
        : await withServiceUnderTest(
            serviceSpec(settings, config, test),
            process.env,
            (started) =>
              settings.ab
                ? runAb(settings, ab!, config, signal, provenance)
                : runOne(settings, test!, config, progress.onProgress, signal, started, provenance),
            {
              log: (l) => core.info(l),
              runDirs: (r) => [r.saved.dir],
              secrets: (r) => r?.result.target.secrets ?? config.secrets,
              signal
            }
          )
      await publish(settings, r)
      return r
    })
    const { outcome } = report
    if (outcome.exit_code === 3)
      core.setFailed(
        settings.merge
          ? `perf-gate: the merged run is incomplete (${report.result.outcome.abortReason}); its results are kept`
          : `perf-gate: the run was aborted (${report.result.outcome.abortReason}); partial results kept`
      )
    else if (outcome.exit_code === 1) {
      core.setFailed(
        `perf-gate: ${report.result.target.service} failed the performance gate (verdict ${outcome.verdict}, ${outcome.summary})`
      )
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    if (isInputError(e) || isUnreachableError(e)) core.setFailed(message)
    else core.setFailed(`perf-gate: unexpected error: ${e instanceof Error ? (e.stack ?? message) : message}`)
  }
}
