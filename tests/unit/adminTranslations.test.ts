import { describe, expect, it } from '@jest/globals'
import { type I18nOptions, initI18n, t } from '@payloadcms/translations'
import { en, enTranslations } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { ruFixes } from '@/admin/i18n/payloadRussianFixes'
import { uz } from '@/admin/i18n/payloadUzbek'

type Tree = { [key: string]: Tree | string }

/** Every leaf of a nested translations object as "group:key" → text. */
const leaves = (tree: Tree, prefix = ''): Map<string, unknown> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
      const path = prefix ? `${prefix}:${key}` : key
      return value !== null && typeof value === 'object'
        ? [...leaves(value, path)]
        : [[path, value]]
    }),
  )

/** What the admin fills in or renders: `{{vars}}`, `<0>` markup tags and HTML such as `<br>`. */
const tokens = (text: string) =>
  [...new Set(text.match(/\{\{\s*\w+\s*\}\}|<\/?\d+>|<\/?[a-z][^>]*>/g))].sort()

/** Where a translation departs from English: keys it lacks or adds, texts whose tokens differ. */
const departures = (reference: Tree, translation: Tree) => {
  const english = leaves(reference)
  const own = leaves(translation)
  return {
    missing: [...english.keys()].filter((key) => !own.has(key)),
    extra: [...own.keys()].filter((key) => !english.has(key)),
    notText: [...own]
      .filter(([, text]) => typeof text !== 'string' || !text.trim())
      .map(([k]) => k),
    tokens: [...english]
      .filter(([key]) => typeof own.get(key) === 'string')
      .filter(([key, text]) => {
        const theirs = tokens(own.get(key) as string)
        return JSON.stringify(tokens(text as string)) !== JSON.stringify(theirs)
      })
      .map(([key]) => key),
  }
}

const none = { missing: [], extra: [], notText: [], tokens: [] }
const englishTree = enTranslations as unknown as Tree

describe('the key walker (so the checks below can fail)', () => {
  it('finds a missing, an extra, an empty key and a lost placeholder, nested', () => {
    const probe = structuredClone(englishTree) as Record<string, Record<string, string>>
    delete probe.general.save
    probe.general.saveTwice = 'Saqlash, ikki marta'
    probe.version.versionAgo = 'oldin'
    probe.authentication.loggedIn = probe.authentication.loggedIn.replace('<0>', '')
    probe.upload.crop = ' '
    expect(departures(englishTree, probe)).toEqual({
      missing: ['general:save'],
      extra: ['general:saveTwice'],
      notText: ['upload:crop'],
      tokens: ['authentication:loggedIn', 'version:versionAgo'],
    })
  })

  it('finds a whole group missing and a group flattened into a text', () => {
    const { operators: _gone, ...probe } = structuredClone(englishTree) as Record<string, Tree>
    const flattened = { ...probe, localization: 'Lokalizatsiya' } as Tree
    const found = departures(englishTree, flattened)
    expect(found.missing).toContain('operators:equals')
    expect(found.missing).toContain('localization:copyFrom')
    expect(found.extra).toEqual(['localization'])
  })

  it('reads every key of English, nested two deep', () => {
    const english = leaves(englishTree)
    expect(english.size).toBeGreaterThan(500)
    expect(english.get('general:save')).toBe('Save')
  })
})

/** The admin's i18n as Payload builds it from the config (Payload's list of languages lacks 'uz'). */
const adminI18n = (language: 'ru' | 'uz') =>
  initI18n({
    config: {
      fallbackLanguage: 'en',
      supportedLanguages: { en, ru, uz } as I18nOptions['supportedLanguages'],
      translations: { ru: ruFixes } as I18nOptions['translations'],
    },
    context: 'api',
    language: language as 'ru',
  })

describe.each(['ru', 'uz'] as const)("Payload's strings in %s", (language) => {
  it('have every key of English, no other, each a text with the same placeholders and tags', async () => {
    const { translations } = await adminI18n(language)
    expect(departures(englishTree, translations as unknown as Tree)).toEqual(none)
  })
})

describe("Payload's own Russian", () => {
  it('lacks placeholders exactly where ruFixes puts them back (drop a fix once Payload has it)', () => {
    const fixed = [...leaves(ruFixes as unknown as Tree).keys()]
    expect(departures(englishTree, ru.translations as unknown as Tree)).toEqual({
      ...none,
      tokens: fixed,
    })
  })

  it('reads with the fixes merged in', async () => {
    const i18n = await adminI18n('ru')
    expect(i18n.t('general:searchBy', { label: 'Название' })).toBe('Искать по: Название')
    expect(i18n.t('general:save')).toBe('Сохранить')
  })
})

describe('the Uzbek translation', () => {
  const english = leaves(englishTree)
  const own = leaves(uz.translations as unknown as Tree)

  it('is written in Uzbek: the only texts equal to English are words Uzbek shares', () => {
    const same = [...own].filter(([key, text]) => english.get(key) === text).map(([key]) => key)
    expect(same).toEqual(['general:import'])
  })

  it('names itself in the language menu', () => {
    expect(uz.translations.general.thisLanguage).toBe("O'zbekcha")
  })

  it("resolves through Payload's own t(), counts and placeholders included", () => {
    const say = (key: string, vars?: Record<string, unknown>) =>
      t({ key, translations: uz.translations, vars })
    expect(say('general:save')).toBe('Saqlash')
    expect(say('general:aboutToDeleteCount', { count: 3, label: 'Buyurtmalar' })).toBe(
      "Buyurtmalar (3 ta) o'chiriladi",
    )
    expect(say('error:followingFieldsInvalid', { count: 1 })).toBe(
      "Quyidagi maydon noto'g'ri to'ldirilgan:",
    )
    expect(say('error:followingFieldsInvalid', { count: 2 })).toBe(
      "Quyidagi maydonlar noto'g'ri to'ldirilgan:",
    )
  })

  it('has a date-fns key Payload loads, with a Monday-first week as in Uzbekistan', async () => {
    const { dateFNS, t: say } = await adminI18n('uz')
    expect(dateFNS?.code).toBe('ru')
    expect(dateFNS?.options?.weekStartsOn).toBe(1)
    expect(say('general:searchBy', { label: 'Nomi' })).toBe('Qidirish: Nomi')
  })
})
