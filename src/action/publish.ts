import * as core from '@actions/core'
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { reportedName } from '../config/url-service.js'
import { bandTexts, checkStatusText, checkValueText } from '../report/format/check-texts.js'
import { tlsSentence } from '../report/format/sentences.js'
import { renderSummary } from '../report/markdown.js'
import type { FinishedRun } from '../run/perform-test.js'
import { artifactName, type ActionSettings } from './inputs.js'
import { commentMarker, commentOnPullRequest, type EventPayload } from './sticky-comment.js'
import { githubRunUrl } from '../run/provenance.js'

/** GitHub shows only this many annotations of each kind per step. */
const MAX_ANNOTATIONS = 10

/** The run's outputs, annotations, job summary, artifact and pull-request comment. */
export async function publish(settings: ActionSettings, report: FinishedRun): Promise<void> {
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
  const stopped = report.saved.document.threshold_abort && report.saved.document.abort_reason
  if (stopped) core.error(`Run stopped, the gate failed: ${stopped}`, { title })
  const bad = report.gate.checks.filter((c) => c.status !== 'good')
  for (const level of ['critical', 'warning'] as const) {
    const checks = bad.filter((c) => c.status === level)
    checks.slice(0, MAX_ANNOTATIONS).forEach((c) => {
      const b = bandTexts(c)
      const text = `${c.label} (${c.scope}) is ${checkValueText(c)}: ${checkStatusText(c)} (good ${b.good}, critical ${b.critical})`
      if (level === 'critical') core.error(text, { title })
      else core.warning(text, { title })
    })
  }
}

function runLinks(artifactId?: number): { run?: string; artifact?: string } {
  const run = githubRunUrl(process.env)
  if (!run) return {}
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
