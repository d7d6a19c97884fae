import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const dir = path.resolve('plugins/commerce/bot/locales')
const keys = (file: string) =>
  new Set(
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .map((line) => /^([a-z][\w-]*)\s*=/.exec(line)?.[1])
      .filter((key): key is string => Boolean(key)),
  )

describe('bot locales', () => {
  it('have every key in every language', () => {
    const files = fs.readdirSync(dir).filter((file) => file.endsWith('.ftl'))
    expect(files.sort()).toEqual(['en.ftl', 'ru.ftl', 'uz.ftl'])
    const all = new Set(files.flatMap((file) => [...keys(file)]))
    for (const file of files)
      expect([file, [...all].filter((key) => !keys(file).has(key))]).toEqual([file, []])
  })
})
