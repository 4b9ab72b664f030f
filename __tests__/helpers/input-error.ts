import { expect } from '@jest/globals'
import { InputError } from '../../src/config/errors.js'

/** The InputError `fn` throws; fails the test when it throws something else or nothing. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return e as InputError
  }
  throw new Error('expected an InputError')
}
