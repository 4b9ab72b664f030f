import { describe, expect, it } from '@jest/globals'
import { nearestName } from '../../src/config/name-sources.js'

describe('nearestName: what a misspelt {{name}} most likely meant', () => {
  it.each([
    ['tokn', ['user', 'token', 'uuid'], 'token'],
    ['usr', ['user', 'token'], 'user'],
    ['Token', ['token'], 'token'],
    ['idd', ['id', 'name'], 'id'],
    ['uuidd', ['uuid', 'seq'], 'uuid'],
    ['thinktime', ['think', 'check', 'capture'], 'think'],
    ['relogin', ['continue', 'restart', 'login'], 'login']
  ])('%s among %j → %s', (name, names, near) => {
    expect(nearestName(name, names)).toBe(near)
  })

  it.each([
    // more edits than a third of the name: a different name, not a typo
    ['nme', ['user', 'token']],
    ['session', ['token', 'user']],
    // two equally close: no guess
    ['cat', ['car', 'cap']],
    ['x', []]
  ])('%s among %j → no suggestion', (name, names) => {
    expect(nearestName(name, names)).toBeUndefined()
  })
})
