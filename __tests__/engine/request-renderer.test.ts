import { describe, expect, it } from '@jest/globals'
import type { Endpoint } from '../../src/config/resolve.js'
import { DataFeed, subPart } from '../../src/engine/data-feed.js'
import { RequestRenderer } from '../../src/engine/request-renderer.js'
import type { DataSet } from '../../src/config/data-file.js'

const data = (order: DataSet['order'], n = 6): DataSet => ({
  file: 'u.csv',
  order,
  columns: ['id', 'name'],
  rows: Array.from({ length: n }, (_, i) => [String(i), `n ${i}`])
})

const ep = (e: Partial<Endpoint>): Endpoint => ({
  name: 'x',
  method: 'GET',
  path: '/',
  headers: {},
  weight: 1,
  ...e
})

describe('DataFeed', () => {
  it('sequence wraps, unique ends, random stays in the file', () => {
    const seq = new DataFeed(data('sequence', 3))
    expect([1, 2, 3, 4].map(() => seq.take()[0])).toEqual(['0', '1', '2', '0'])
    const uniq = new DataFeed(data('unique', 2))
    uniq.take()
    expect(uniq.exhausted).toBe(false)
    uniq.take()
    expect(uniq.exhausted).toBe(true)
    const rnd = new DataFeed(data('random', 3), undefined, 0, () => 0.99)
    expect(rnd.take()[0]).toBe('2')
  })

  it('parts split the rows: shards × workers use each row once between them', () => {
    const seen: string[] = []
    for (let shard = 0; shard < 2; shard++)
      for (let w = 0; w < 3; w++) {
        const feed = new DataFeed(data('unique', 13), subPart({ index: shard, of: 2 }, w, 3))
        while (!feed.exhausted) seen.push(feed.take()[0])
      }
    expect(seen.sort((a, b) => +a - +b)).toEqual(Array.from({ length: 13 }, (_, i) => String(i)))
  })

  it('a run after a warm-up goes on where it left off', () => {
    const feed = new DataFeed(data('unique', 4), undefined, 3)
    expect(feed.take()[0]).toBe('3')
    expect(feed.exhausted).toBe(true)
  })
})

describe('RequestRenderer', () => {
  it('leaves requests without placeholders to autocannon, and writes captured values in up front', () => {
    const r = new RequestRenderer(
      [ep({ path: '/a' }), ep({ path: '/b', headers: { authorization: 'Bearer {{token}}' } })],
      'h:1',
      { values: { token: 'T' } }
    )
    expect(r.isDynamic(0)).toBe(false)
    expect(r.isDynamic(1)).toBe(false)
    expect(r.endpoints[1].headers.authorization).toBe('Bearer T')
  })

  it('renders the request line, Host, headers and a body with its own length', () => {
    const r = new RequestRenderer(
      [
        ep({
          method: 'POST',
          path: '/u/{{id}}',
          headers: { 'content-type': 'application/json', 'content-length': '99' },
          body: '{"name":"{{name}}","s":"{{seq}}"}',
          jsonBody: true
        })
      ],
      'example.test:8080',
      { data: { ...data('sequence'), rows: [['a b', 'say "x"\n']] }, values: {}, part: { index: 1, of: 4 } }
    )
    const text = r.render(0).toString()
    const body = '{"name":"say \\"x\\"\\n","s":"2"}'
    expect(text).toBe(
      'POST /u/a%20b HTTP/1.1\r\nHost: example.test:8080\r\nConnection: keep-alive\r\n' +
        `content-type: application/json\r\nuser-agent: ${r.endpoints[0].headers['user-agent'] ?? text.match(/user-agent: (.*)\r\n/)![1]}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    )
    // {{seq}} under part 1 of 4: 2, 6, 10 …
    expect(r.render(0).toString()).toContain('"s":"6"')
  })

  it('%-encodes a data or captured value in a path as one component: / ? & = + # % too', () => {
    const r = new RequestRenderer([ep({ path: '/u/{{id}}?name={{name}}&t={{token}}' })], 'h:1', {
      data: { ...data('sequence'), rows: [['a/b?c', 'x&y=z+1 #%']] },
      values: { token: 's/e=c+r&t' },
      part: { index: 0, of: 1 }
    })
    // the server reads back exactly the values: a '/' does not make a new path segment, a '&' a new parameter
    expect(r.render(0).toString()).toMatch(
      /^GET \/u\/a%2Fb%3Fc\?name=x%26y%3Dz%2B1%20%23%25&t=s%2Fe%3Dc%2Br%26t HTTP\/1\.1\r\n/
    )
  })
})
