import { describe, expect, it } from '@jest/globals'

import { poolSize } from '@/db/poolSize'

describe('poolSize', () => {
  it('keeps 20 connections unless told otherwise', () => {
    expect(poolSize(undefined)).toBe(20)
    expect(poolSize(' ')).toBe(20)
    expect(poolSize('5')).toBe(5)
    expect(poolSize('3')).toBe(3)
  })

  it('refuses a size that is not a whole number of connections, naming the variable', () => {
    for (const bad of ['0', '2', '-3', '2.5', 'many'])
      expect(() => poolSize(bad)).toThrow(/DATABASE_POOL_MAX .* "/)
  })
})
