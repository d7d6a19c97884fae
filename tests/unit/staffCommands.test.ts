import { describe, expect, it } from '@jest/globals'

import { parseClientReference, parseDayArgument, parseSetPrice } from '@/domain/staffCommands'

describe('staff command arguments', () => {
  it.each([
    [
      '@vostok_cafe White bread 7500',
      { client: '@vostok_cafe', product: 'White bread', price: 750_000 },
    ],
    ['305123456 SKU-1 7500,50', { client: '305123456', product: 'SKU-1', price: 750_050 }],
    ['  @cafe   Bun 100   9000 ', { client: '@cafe', product: 'Bun 100', price: 900_000 }],
  ])('/set_price %s', (args, expected) => {
    expect(parseSetPrice(args)).toEqual(expected)
  })

  it.each([
    '',
    '@cafe',
    '@cafe 7500',
    '@cafe bread',
    '@cafe bread -5',
    '@cafe bread 0',
    '@cafe bread 7,500',
    '@cafe bread 99999999999999',
    '@cafe White bread 7 500',
    '@cafe Bun 100 900',
  ])('/set_price refuses %p', (args) => {
    expect(parseSetPrice(args)).toBeNull()
  })

  it.each([
    ['', '2026-11-23'],
    ['today', '2026-11-23'],
    ['Tomorrow', '2026-11-24'],
    ['2026-12-01', '2026-12-01'],
    ['2026-02-30', null],
    ['yesterday', null],
    ['23.11.2026', null],
  ])('/orders %p', (arg, expected) => {
    expect(parseDayArgument(arg, '2026-11-23')).toBe(expected)
  })

  it.each([
    ['@vostok_cafe', { username: 'vostok_cafe' }],
    ['305123456', { inn: '305123456' }],
    ['Vostok', { text: 'Vostok' }],
    ['+998 90 123 45 67', { text: '+998 90 123 45 67' }],
    ['x', null],
    ['', null],
  ])('client reference %p', (arg, expected) => {
    expect(parseClientReference(arg)).toEqual(expected)
  })
})
