import { describe, expect, it } from '@jest/globals'
import type { DataSet } from '../../../src/config/data-file.js'
import { DataFeed, subPart } from '../../../src/engine/data-feed.js'

const data: DataSet = {
  file: 'users.csv',
  order: 'per_user',
  columns: ['user'],
  rows: ['alice', 'bob', 'carol', 'dave', 'erin'].map((u) => [u])
}
const users = (feed: DataFeed, n: number): string[] => Array.from({ length: n }, () => feed.take()[0])

describe('order: per_user across load generators', () => {
  it('one generator: user k takes row k, round again past the last', () => {
    expect(users(new DataFeed(data), 7)).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'alice', 'bob'])
  })

  it('workers (and shards) take rows by their users’ place in the whole test: no two users share one while rows last', () => {
    // 4 users on 2 workers of 5 rows: every user its own row
    const w0 = users(new DataFeed(data, subPart(undefined, 0, 2)), 2)
    const w1 = users(new DataFeed(data, subPart(undefined, 1, 2)), 2)
    expect([...w0, ...w1].sort()).toEqual(['alice', 'bob', 'carol', 'dave'])
    // shard 2 of 2, its second worker: the test's users 3 and 7 (0-based), rows 3 and 7 mod 5
    expect(users(new DataFeed(data, subPart({ index: 1, of: 2 }, 1, 2)), 2)).toEqual(['dave', 'carol'])
  })
})
