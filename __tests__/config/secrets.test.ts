import { describe, expect, it } from '@jest/globals'
import { maskable } from '../../src/config/secrets.js'

describe('maskable secrets', () => {
  it('keeps values, drops template text and empty strings', () => {
    expect(maskable(['Bearer {{token}}', 'sk-1', '', 'sk-1', 'Bearer abc', '{{uuid}}'])).toEqual([
      'sk-1',
      'Bearer abc'
    ])
  })
})
