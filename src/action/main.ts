import * as core from '@actions/core'
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { isInputError, isUnreachableError } from '../config/errors.js'
import { loadConfig } from '../config/load.js'
import { API_KEY_ENV } from '../config/presets.js'
import { progressPrinter } from '../terminal/progress-printer.js'
import { readBaseline } from '../report/files/read-baseline.js'
import { monitoringObserver } from '../monitoring/observer.js'
import { sayOnSignal, whileRunning } from '../terminal/signals.js'
import { bandTexts, checkStatusText } from '../report/format/check-texts.js'
import { formatValue } from '../report/format/numbers.js'
import { describeRun } from '../report/format/run-description.js'
import { abThresholdNote, shardLine, tlsSentence } from '../report/format/sentences.js'
import { verdictReason } from '../report/format/verdict-reason.js'
import { renderSummary } from '../report/markdown.js'
import type { AbRequest } from '../config/ab-request.js'
import type { PerfGateConfig } from '../config/load.js'
import type { ProgressSnapshot } from '../engine/progress.js'
import { performAbTest } from '../run/ab-test.js'
import { performTest, type FinishedRun, type TestReport } from '../run/perform-test.js'
import { expandRunDirs, mergeShardRuns } from '../run/merge-runs.js'
import { artifactName, parseInputs, START_INPUTS, type ActionSettings } from './inputs.js'
import { resolveTarget } from '../config/resolve.js'
import { withServiceUnderTest } from '../run/with-service.js'
import type { ServiceSpec } from '../run/service-under-test.js'
import { pathOf, reportedName, urlService, urlServiceNote } from '../config/url-service.js'
import { maskable } from '../config/secrets.js'
import { commentMarker, commentOnPullRequest, type EventPayload } from './sticky-comment.js'

/** GitHub shows only this many annotations of each kind per step. */
const MAX_ANNOTATIONS = 10

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
    const report = await whileRunning(async (signal) => {
      const r = settings.merge
        ? await runMerge(settings, settings.merge.runs, config)
        : await withServiceUnderTest(
            serviceSpec(settings, config),
            process.env,
            () =>
              settings.ab
                ? runAb(settings, settings.ab, config, signal)
                : runOne(settings, config, progress.onProgress, signal),
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
    if (report.exitCode === 3)
      core.setFailed(
        settings.merge
          ? `perf-gate: the merged run is incomplete (${report.result.outcome.abortReason}); its results are kept`
          : `perf-gate: the run was aborted (${report.result.outcome.abortReason}); partial results kept`
      )
    else if (report.exitCode === 1) {
      core.setFailed(
        `perf-gate: ${report.result.target.service} failed the performance gate (verdict ${report.saved.document.verdict}, ${verdictReason(report.saved.document)})`
      )
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    if (isInputError(e) || isUnreachableError(e)) core.setFailed(message)
    else core.setFailed(`perf-gate: unexpected error: ${e instanceof Error ? (e.stack ?? message) : message}`)
  }
}

/** Inputs start / wait-for: the service under test, awaited at wait-for or else at the targets' ports. */
function serviceSpec(settings: ActionSettings, config: PerfGateConfig): ServiceSpec | undefined {
  if (!settings.service) return undefined
  const targets = settings.ab
    ? [settings.ab.aUrl.href, settings.ab.bUrl.href]
    : [resolveTarget(config, settings.request.service, settings.request.baseUrl).baseUrl]
  return { ...settings.service, targets, labels: START_INPUTS, tls: config.tls }
}

/** Mode merge: the shards' run directories (downloaded artifacts) as one run, gated as one. */
async function runMerge(
  settings: ActionSettings,
  runs: string[],
  config: PerfGateConfig
): Promise<FinishedRun> {
  const dirs = await expandRunDirs(runs, 'runs')
  const r = await mergeShardRuns(dirs, {
    outputDir: settings.outputDir,
    // the shards' own fail-on is usually never (only the whole is gated): not theirs, the step's
    failOn: settings.failOn ?? config.failOn,
    field: 'runs'
  })
  const service = r.result.target.service
  if (service !== reportedName(settings.request.service))
    core.warning(`perf-gate: the shards tested ${service}, not ${settings.request.service} (input service)`)
  core.info(
    `perf-gate: merged ${r.shards.merged} of ${r.shards.of} shards of ${r.result.mode} test ${service}`
  )
  return r
}

/** A load or stress test, with its baseline when one is given. */
async function runOne(
  settings: ActionSettings,
  config: PerfGateConfig,
  onProgress: (s: ProgressSnapshot) => void,
  signal: AbortSignal
): Promise<TestReport> {
  const baseline = settings.baseline ? await readBaseline(settings.baseline, 'baseline') : undefined
  return performTest(settings.request, {
    config,
    signal,
    outputDir: settings.outputDir,
    failOn: settings.failOn,
    onStart: (target, _dir, runSettings, mode) => {
      for (const s of maskable(target.secrets)) core.setSecret(s)
      core.info(
        `perf-gate: ${mode} test ${target.service} at ${target.baseUrl}: ${describeRun(mode, runSettings)}`
      )
      if (settings.request.shard) core.info(shardLine(settings.request.shard, settings.request.startAt))
    },
    onProgress: onProgress,
    baseline,
    failOnRegression: settings.failOnRegression,
    observer:
      settings.metricsPort !== undefined || settings.pushgateway
        ? monitoringObserver({
            port: settings.metricsPort,
            lingerSec: settings.metricsLinger,
            pushgatewayUrl: settings.pushgateway,
            log: (l) => core.info(l)
          })
        : undefined
  })
}

/** Mode ab: both sides in this job; B's report, carrying the comparison, is the one published. */
async function runAb(
  settings: ActionSettings,
  ab: AbRequest,
  config: PerfGateConfig,
  signal: AbortSignal
): Promise<TestReport> {
  const r = await performAbTest(ab, {
    config,
    signal,
    outputDir: settings.outputDir,
    failOnRegression: settings.failOnRegression,
    failOn: settings.failOn,
    onStart: (a, b, _dir, slices) => {
      for (const s of maskable([...a.secrets, ...b.secrets])) core.setSecret(s)
      core.info(
        `perf-gate: A/B test ${a.service}: A ${a.baseUrl}, B ${b.baseUrl}; ${slices} slices of ${ab.slice} s, ${ab.load.users} users; ${abThresholdNote(settings.failOn ?? 'never')}`
      )
    },
    onSlice: (s) =>
      core.info(
        `  slice ${s.index + 1}/${s.of} ${s.side}: ${s.requests} requests, p95 ${s.p95Ms.toFixed(1)} ms`
      )
  })
  return { ...r.b, exitCode: r.exitCode }
}

async function publish(settings: ActionSettings, report: FinishedRun): Promise<void> {
  const { saved } = report
  const doc = saved.document
  core.setOutput('verdict', doc.verdict)
  // absolute: a later step may run in another working-directory
  core.setOutput('report-dir', resolve(saved.dir))
  core.setOutput('metrics-file', resolve(saved.metrics))
  core.setOutput('p95', String(doc.p95_response_time))
  core.setOutput('error-rate', String(doc.error_rate))
  core.setOutput('rps', String(doc.requests_per_second))
  core.setOutput('comparison', doc.baseline?.comparison.verdict ?? '')
  core.setOutput('partial', String(doc.partial))
  annotate(report)

  const artifact = settings.uploadArtifact ? await uploadRunDir(settings, saved.dir) : undefined
  const links = runLinks(artifact?.id)
  const summary = renderSummary(doc, { reportLink: links.artifact ?? links.run })

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summary).write()
  } else {
    core.info(
      'perf-gate: no GITHUB_STEP_SUMMARY (not on a GitHub runner); the summary is in ' + saved.summary
    )
  }
  if (settings.comment) await comment(settings, summary)
}

function annotate(report: FinishedRun): void {
  const title = `perf-gate ${report.result.target.service}`
  const tls = tlsSentence(report.saved.document)
  if (tls) core.warning(tls, { title })
  const bad = report.gate.checks.filter((c) => c.status !== 'good')
  for (const level of ['critical', 'warning'] as const) {
    const checks = bad.filter((c) => c.status === level)
    checks.slice(0, MAX_ANNOTATIONS).forEach((c) => {
      const b = bandTexts(c)
      const text = `${c.label} (${c.scope}) is ${formatValue(c.value, c.unit)}: ${checkStatusText(c)} (good ${b.good}, critical ${b.critical})`
      if (level === 'critical') core.error(text, { title })
      else core.warning(text, { title })
    })
  }
}

function runLinks(artifactId?: number): { run?: string; artifact?: string } {
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runId = process.env.GITHUB_RUN_ID
  const repo = process.env.GITHUB_REPOSITORY
  if (!repo || !runId) return {}
  const run = `${serverUrl}/${repo}/actions/runs/${runId}`
  return { run, artifact: artifactId ? `${run}/artifacts/${artifactId}` : undefined }
}

async function uploadRunDir(settings: ActionSettings, dir: string): Promise<{ id?: number } | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(
      `perf-gate: no artifact runtime here (not on a GitHub runner); upload skipped. Reports are in ${resolve(dir)}`
    )
    return undefined
  }
  const name = artifactName(
    settings.artifactName,
    dir,
    process.env.GITHUB_JOB,
    process.env.GITHUB_RUN_ATTEMPT,
    settings.merge ? undefined : settings.request.shard
  )
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    // the whole run directory: an A/B run keeps its baseline side in baseline/
    const paths = (await readdir(dir, { recursive: true })).map((f) => join(dir, f))
    const files = (
      await Promise.all(paths.map(async (p) => ((await stat(p)).isFile() ? p : undefined)))
    ).filter((p): p is string => p !== undefined)
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir)
    core.info(`perf-gate: uploaded artifact ${name} (${size ?? '?'} bytes)`)
    return { id }
  } catch (e) {
    core.warning(
      `perf-gate: artifact upload failed (${e instanceof Error ? e.message : String(e)}); reports are in ${resolve(dir)}`
    )
    return undefined
  }
}

async function comment(settings: ActionSettings, summary: string): Promise<void> {
  // loaded only here: octokit is large, and most runs outside pull requests never need it
  const github = await import('@actions/github')
  await commentOnPullRequest({
    payload: github.context.payload as EventPayload,
    token: settings.githubToken,
    marker: commentMarker(
      reportedName(settings.request.service),
      settings.merge ? 'merge' : settings.ab ? 'ab' : settings.request.mode
    ),
    summary,
    connect: (token, issue_number) => {
      // read only for a pull request: outside a runner there is no GITHUB_REPOSITORY, and no comment to post
      const { owner, repo } = github.context.repo
      const octokit = github.getOctokit(token)
      return {
        list: () =>
          octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
        create: async (body) =>
          (await octokit.rest.issues.createComment({ owner, repo, issue_number, body })).data,
        update: async (comment_id, body) =>
          (await octokit.rest.issues.updateComment({ owner, repo, comment_id, body })).data
      }
    },
    log: { info: (l) => core.info(l), warning: (l) => core.warning(l) }
  })
}
