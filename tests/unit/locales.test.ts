import fs from 'node:fs'
import path from 'node:path'
import { localeDirectories } from '@commerce/bot/i18n'
import { describe, expect, it } from '@jest/globals'
import { LANGUAGES } from '@/domain/languages'
import { FULFILLMENTS, ORDER_STATUSES } from '@/domain/orderWorkflow'
import { PAYMENT_STATUSES } from '@/domain/payments'

const keys = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([a-z][\w-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key))

const directories = localeDirectories()

describe('bot locales', () => {
  it('are found in the bot and in the features that bring texts', () => {
    const names = directories.map((directory) => path.relative('plugins/commerce', directory))
    expect(names).toEqual(expect.arrayContaining(['bot/locales', 'features/ordering/locales']))
  })

  it.each(directories)('%s has every key in every language', (directory) => {
    const files = fs.readdirSync(directory).filter((file) => file.endsWith('.ftl'))
    expect(files.sort()).toEqual(LANGUAGES.map((language) => `${language}.ftl`).sort())
    const all = new Set(files.flatMap((file) => keys(path.join(directory, file))))
    for (const file of files) {
      const own = new Set(keys(path.join(directory, file)))
      expect([file, [...all].filter((key) => !own.has(key))]).toEqual([file, []])
    }
  })

  it('define each key once across folders (a second one would silently replace the first)', () => {
    const seen = directories.flatMap((directory) => keys(path.join(directory, 'en.ftl')))
    expect(seen.filter((key, i) => seen.indexOf(key) !== i)).toEqual([])
  })
})

describe('texts the code asks for', () => {
  const defined = new Set(directories.flatMap((directory) => keys(path.join(directory, 'en.ftl'))))
  const code = fs
    .readdirSync('plugins/commerce', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')

  it('exist for every key written out in the code', () => {
    const asked = [...code.matchAll(/\bt\(\s*'([a-z][\w-]*)'/g)].map((match) => match[1])
    expect(asked.length).toBeGreaterThan(100)
    expect([...new Set(asked)].filter((key) => !defined.has(key))).toEqual([])
  })

  it.each([
    ['status-', ORDER_STATUSES],
    ['notice-status-', ORDER_STATUSES],
    ['payment-status-', PAYMENT_STATUSES],
    ['button-', FULFILLMENTS],
    ['client-status-', ['pending', 'active', 'blocked']],
    [
      'refusal-',
      ['client-blocked', 'client-pending', 'not-on-sale', 'below-minimum', 'day-not-offered'],
    ],
  ] as const)('exist for every value of a key built as %s…', (prefix, values) => {
    expect(values.map((value) => `${prefix}${value}`).filter((key) => !defined.has(key))).toEqual(
      [],
    )
  })
})
