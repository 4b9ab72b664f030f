import { describe, expect, it } from '@jest/globals'
import type { DataSet } from '../../src/config/data-file.js'
import { sharedRowsNote } from '../../src/run/prepare-run.js'

const rows = (order: DataSet['order'], n: number): DataSet => ({
  file: 'users.csv',
  order,
  columns: ['user'],
  rows: Array.from({ length: n }, (_, i) => [`u${i}`])
})
const plan = (users: number, maxUsers?: number) => ({
  settings: { users, duration: 10, timeout: 10, ...(maxUsers ? { maxUsers } : {}) }
})

describe('per_user rows shared by more users than the file has', () => {
  it('says it before the load: how many users, how many rows, from which user on they go round', () => {
    expect(sharedRowsNote(rows('per_user', 4), plan(10))).toBe(
      '⚠ users.csv (order: per_user): 10 users share its 4 rows, so from user 5 on the rows go round again and two users log in as one; add rows for a user of its own each'
    )
    // paced: the users that may be opened, up to --max-users
    expect(sharedRowsNote(rows('per_user', 4), plan(2, 100))).toMatch(/: up to 100 users share its 4 rows/)
  })

  it('says nothing when every user has a row, or the rows are per request', () => {
    expect(sharedRowsNote(rows('per_user', 10), plan(10))).toBeUndefined()
    expect(sharedRowsNote(rows('sequence', 4), plan(10))).toBeUndefined()
  })
})
