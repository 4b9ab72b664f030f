import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { Target } from '../../src/config/resolve.js'
import { runStages, type StageTiming } from '../../src/engine/load-runner.js'
import type { ProgressSnapshot } from '../../src/engine/progress.js'
import { BIG_BODY, closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'

/**
 * The engine on its own: stages of a fraction of a second against a real
 * server on 127.0.0.1, so each of its ways to end (last stage, a stop
 * callback, a signal, a dead target) is reached without a full load run.
 */
let server: TargetServer
beforeAll(async () => {
  server = await startTargetServer()
})
afterAll(async () => {
  await server.close()
})

function target(url: string, paths = ['/fast']): Target {
  return {
    service: 'svc',
    baseUrl: url,
    unreachableMessage: '',
    thresholds: {},
    secrets: [],
    endpoints: paths.map((path) => ({ name: `GET ${path}`, method: 'GET', path, headers: {}, weight: 1 }))
  }
}

const total = (): number => Object.values(server.received).reduce((a, b) => a + b, 0)

describe('runStages', () => {
  it('runs each stage with its users, adds connections between stages, and records every request sent', async () => {
    const before = total()
    const batches: [number, number][] = []
    const outcome = await runStages(
      {
        target: target(server.url),
        stages: [
          { users: 2, durationSec: 0.4 },
          { users: 5, durationSec: 0.4 }
        ],
        timeoutSec: 2
      },
      { onRecords: (_r, from, to) => void batches.push([from, to]) }
    )
    expect(outcome.partial).toBe(false)
    expect(outcome.stoppedEarly).toBeUndefined()
    expect(outcome.stages.map((s) => [s.index, s.users])).toEqual([
      [0, 2],
      [1, 5]
    ])
    // the requests of stage 1 come after those of stage 0 began, and both stages sent some
    const [s0, s1] = outcome.stages
    expect(s1.firstRecord).toBeGreaterThan(s0.firstRecord)
    expect(s1.startUs).toBeGreaterThanOrEqual(s0.endUs)
    // no request of stage 1 is recorded before its firstRecord; after it, stage 1 requests arrive
    const stages = Array.from({ length: outcome.recorder.length }, (_, i) => outcome.recorder.stage(i))
    expect(new Set(stages.slice(0, s1.firstRecord))).toEqual(new Set([0]))
    expect(stages.slice(s1.firstRecord)).toContain(1)
    // drained: nothing in flight was dropped, so the server saw exactly what was recorded
    const { recorder } = outcome
    expect(recorder.length).toBeGreaterThan(20)
    expect(total() - before).toBe(recorder.length)
    // onRecords saw every record once, in order
    expect(batches[0][0]).toBe(0)
    expect(batches[batches.length - 1][1]).toBe(recorder.length)
    for (let i = 1; i < batches.length; i++) expect(batches[i][0]).toBe(batches[i - 1][1])
    expect(outcome.endUs).toBeGreaterThan(outcome.startUs)
  })

  it('ends the ramp where onStageEnd says, with its reason, and never starts the next stage', async () => {
    const seen: StageTiming[][] = []
    const outcome = await runStages(
      {
        target: target(server.url),
        stages: [
          { users: 1, durationSec: 0.3 },
          { users: 2, durationSec: 0.3 },
          { users: 3, durationSec: 0.3 }
        ],
        timeoutSec: 2
      },
      {
        onStageEnd: (stage, _r, all) => {
          seen.push([...all])
          return stage.index === 1 ? 'enough' : undefined
        }
      }
    )
    expect(outcome.stoppedEarly).toBe('enough')
    expect(outcome.partial).toBe(false)
    expect(outcome.stages.map((s) => s.users)).toEqual([1, 2])
    expect(seen.map((all) => all.length)).toEqual([1, 2])
    let maxStage = 0
    for (let i = 0; i < outcome.recorder.length; i++) maxStage = Math.max(maxStage, outcome.recorder.stage(i))
    expect(maxStage).toBe(1)
  })

  it('an aborted signal stops the load at once and marks the outcome partial', async () => {
    const controller = new AbortController()
    const progress: ProgressSnapshot[] = []
    setTimeout(() => controller.abort(), 1300)
    const started = Date.now()
    const outcome = await runStages(
      { target: target(server.url), stages: [{ users: 2, durationSec: 30 }], timeoutSec: 2 },
      { signal: controller.signal, onProgress: (s) => progress.push(s) }
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(outcome).toMatchObject({ partial: true, abortReason: 'stopped by signal' })
    expect(outcome.stages).toHaveLength(1)
    expect(outcome.recorder.length).toBeGreaterThan(0)
    // one snapshot a second, counting what was recorded so far
    expect(progress[0]).toMatchObject({ totalSec: 30, users: 2 })
    expect(progress[0].requests).toBeGreaterThan(0)
  })

  it('a signal aborted before the start sends nothing and still returns', async () => {
    const before = total()
    const controller = new AbortController()
    controller.abort()
    const outcome = await runStages(
      { target: target(server.url), stages: [{ users: 2, durationSec: 30 }], timeoutSec: 2 },
      { signal: controller.signal }
    )
    expect(outcome).toMatchObject({ partial: true, abortReason: 'stopped by signal' })
    expect(outcome.recorder.length).toBe(0)
    expect(total()).toBe(before)
  })

  it('a requests-per-second cap holds the rate near the cap', async () => {
    const outcome = await runStages({
      target: target(server.url),
      stages: [{ users: 4, durationSec: 2 }],
      rps: 50,
      timeoutSec: 2
    })
    // uncapped, this server answers thousands a second; capped, about 100 in 2 s
    expect(outcome.recorder.length).toBeGreaterThan(60)
    expect(outcome.recorder.length).toBeLessThan(160)
  })

  it('records each response whole, sized or chunked, although bodies are not kept in memory', async () => {
    const before = total()
    const outcome = await runStages({
      target: target(server.url, ['/big', '/chunked']),
      stages: [{ users: 2, durationSec: 0.5 }],
      timeoutSec: 2
    })
    const { recorder } = outcome
    expect(recorder.length).toBeGreaterThan(10)
    expect(total() - before).toBe(recorder.length)
    for (let i = 0; i < recorder.length; i++) {
      expect(recorder.errorIdAt(i)).toBe(0)
      expect(recorder.status(i)).toBe(200)
      // the byte count is what came over the socket: status line, headers (and chunk framing), body
      expect(recorder.bytes(i)).toBeGreaterThan(BIG_BODY.length)
      expect(recorder.bytes(i)).toBeLessThan(BIG_BODY.length + 400)
    }
  })

  it('spaces its attempts on a target that refuses every connection, instead of spinning, until the run ends', async () => {
    const port = await closedPort()
    const outcome = await runStages({
      target: target(`http://127.0.0.1:${port}`),
      stages: [{ users: 4, durationSec: 2 }],
      timeoutSec: 2
    })
    expect(outcome.partial).toBe(false)
    const { recorder } = outcome
    // back-off 25 ms, 50 ms, … 1 s per connection: about 7 attempts each in 2 s (spinning made thousands)
    expect(recorder.length).toBeGreaterThan(4)
    expect(recorder.length).toBeLessThan(60)
    for (let i = 0; i < recorder.length; i++) {
      expect(recorder.errorOf(recorder.errorIdAt(i))?.type).toBe('connection_refused')
      expect(recorder.wasSent(i)).toBe(false)
    }
  })

  it('a target that dies mid-run and comes back is loaded again: the gap is refused requests, nothing sent', async () => {
    const port = await closedPort()
    let served = 0
    const listen = (): Server => {
      const s = createServer((_req, res) => {
        served++
        res.end('ok')
      })
      s.listen(port, '127.0.0.1')
      return s
    }
    let srv = listen()
    await new Promise((r) => srv.once('listening', r))
    const down = setTimeout(() => {
      srv.close()
      srv.closeAllConnections()
    }, 700)
    const up = setTimeout(() => (srv = listen()), 1400)
    try {
      const outcome = await runStages({
        target: target(`http://127.0.0.1:${port}`),
        stages: [{ users: 2, durationSec: 2.5 }],
        timeoutSec: 2
      })
      const { recorder } = outcome
      expect(outcome.partial).toBe(false)
      const ok = (i: number) => recorder.errorIdAt(i) === 0
      const secondOf = (i: number) => Math.floor(recorder.sendUs(i) / 1e6 - outcome.startUs / 1e6)
      const okAfterReturn = Array.from({ length: recorder.length }, (_, i) => i).filter(
        (i) => ok(i) && recorder.sendUs(i) - outcome.startUs > 1.4e6
      )
      expect(okAfterReturn.length).toBeGreaterThan(10)
      const refused = Array.from({ length: recorder.length }, (_, i) => i).filter(
        (i) => recorder.errorOf(recorder.errorIdAt(i))?.type === 'connection_refused'
      )
      expect(refused.length).toBeGreaterThan(0)
      expect(refused.length).toBeLessThan(40)
      expect(refused.every((i) => !recorder.wasSent(i))).toBe(true)
      // every success was served; at most one request per connection was cut off by the shutdown
      const succeeded = Array.from({ length: recorder.length }, (_, i) => i).filter(ok).length
      expect(served - succeeded).toBeGreaterThanOrEqual(0)
      expect(served - succeeded).toBeLessThanOrEqual(2)
      expect(secondOf(okAfterReturn[okAfterReturn.length - 1])).toBeGreaterThanOrEqual(2)
    } finally {
      clearTimeout(down)
      clearTimeout(up)
      srv.closeAllConnections()
      await new Promise((r) => srv.close(r))
    }
  })
})
