import { describe, expect, it } from '@jest/globals'
import { type AcceptedLanguages, type I18n, initI18n } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'

import { LANGUAGES } from '@/domain/languages'

/**
 * Everything of ours the admin shows about the schema (collection and global names, groups,
 * descriptions, field labels, tab names, placeholders, option labels, array row names) must be
 * a `{ ru, uz, en }` object with all three said. A plain string shows one language to everyone,
 * and a missing label makes Payload spell the field's name in English ("Delivery Address").
 * Payload's own fields (created, updated, e-mail) carry label functions over its translations:
 * those must give a text in each language.
 */

type Node = Record<string, unknown>
type Say = (what: string, text: unknown) => void

const isRecord = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why `text` is not a text in every admin language, or null when it is. */
function untranslated(text: unknown, translators: I18n[]): string | null {
  if (typeof text === 'function') {
    const said = translators.map((i18n) => (text as (a: object) => unknown)({ i18n, t: i18n.t }))
    // A missing translation comes back as its key ("general:createdAt").
    const bad = said.filter(
      (one) => typeof one !== 'string' || !one.trim() || /^\w+:\w+$/.test(one),
    )
    return bad.length ? `a function giving ${JSON.stringify(said)}` : null
  }
  if (text === undefined) return 'none'
  if (!isRecord(text)) return JSON.stringify(text)
  const keys = Object.keys(text).sort()
  if (JSON.stringify(keys) !== JSON.stringify([...LANGUAGES].sort()))
    return `languages ${keys.join(', ')} in ${JSON.stringify(text)}`
  const empty = LANGUAGES.filter((language) => {
    const said = text[language]
    return typeof said !== 'string' || !said.trim()
  })
  return empty.length ? `nothing in ${empty.join(', ')}: ${JSON.stringify(text)}` : null
}

/** Says every visible text of a field list, its nested fields' too, at `where`. */
function walkFields(fields: unknown, where: string, say: Say) {
  if (!Array.isArray(fields)) return
  for (const field of fields as Node[]) {
    const admin = isRecord(field.admin) ? field.admin : {}
    // Never drawn: `hidden: true` leaves a field out of the admin and the API (Payload's salt and
    // hash), `admin.disabled` out of the admin (its login sessions); an array row's hidden `id`
    // is Payload's own.
    const never = field.hidden === true || admin.disabled === true
    if (never || (field.name === 'id' && admin.hidden === true)) continue
    const here = `${where}.${String(field.name ?? field.type)}`
    // Rows lay fields out and ui fields draw their own component: neither has a label to show.
    if (!['row', 'ui', 'tabs'].includes(String(field.type))) say(`${here} label`, field.label)
    if (admin.description !== undefined) say(`${here} description`, admin.description)
    if (
      typeof admin.placeholder === 'string' ? /\p{L}/u.test(admin.placeholder) : admin.placeholder
    )
      say(`${here} placeholder`, admin.placeholder)
    if (Array.isArray(field.options))
      for (const option of field.options as unknown[])
        say(
          `${here} option ${isRecord(option) ? String(option.value) : String(option)}`,
          isRecord(option) ? option.label : option,
        )
    if (isRecord(field.labels)) {
      say(`${here} singular`, field.labels.singular)
      say(`${here} plural`, field.labels.plural)
    }
    if (Array.isArray(field.tabs))
      for (const tab of field.tabs as Node[]) {
        const there = `${here}.${String(tab.name ?? tab.label)}`
        say(`${there} tab`, tab.label)
        if (tab.description !== undefined) say(`${there} tab description`, tab.description)
        walkFields(tab.fields, there, say)
      }
    walkFields(field.fields, here, say)
  }
}

/** Every visible text of the config that is not in all three languages, as "where: why". */
function untranslatedTexts(config: SanitizedConfig, translators: I18n[]) {
  const offenders: string[] = []
  let checked = 0
  const say: Say = (what, text) => {
    checked += 1
    const why = untranslated(text, translators)
    if (why) offenders.push(`${what}: ${why}`)
  }
  const adminTexts = (where: string, admin: unknown) => {
    if (!isRecord(admin)) return
    if (admin.group !== undefined && admin.group !== false) say(`${where} group`, admin.group)
    if (admin.description !== undefined) say(`${where} description`, admin.description)
  }
  // Payload's own collections (preferences, migrations, locks) speak through its translations.
  for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-'))) {
    const where = `collection ${collection.slug}`
    say(`${where} singular`, collection.labels.singular)
    say(`${where} plural`, collection.labels.plural)
    adminTexts(where, collection.admin)
    walkFields(collection.fields, where, say)
  }
  for (const global of config.globals) {
    const where = `global ${global.slug}`
    say(`${where} label`, global.label)
    adminTexts(where, global.admin)
    walkFields(global.fields, where, say)
  }
  return { checked, offenders }
}

async function translatorsOf(config: SanitizedConfig): Promise<I18n[]> {
  return Promise.all(
    LANGUAGES.map((code) => {
      // Payload's type lists only the languages it ships; `uz` is ours.
      const language = code as AcceptedLanguages
      return initI18n({ config: config.i18n, context: 'client', language }) as Promise<I18n>
    }),
  )
}

describe('the admin speaks Russian, Uzbek and English', () => {
  it('offers the three languages, each with its own translations of Payload', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual([...LANGUAGES].sort())
    const [ru, uz, en] = await translatorsOf(config)
    expect(
      new Set([ru.t('general:createNew'), uz.t('general:createNew'), en.t('general:createNew')])
        .size,
    ).toBe(3)
  })

  it('has every label, description, option, group and name of ours in all three', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const { checked, offenders } = untranslatedTexts(config, await translatorsOf(config))
    expect(offenders).toEqual([])
    // The walk reached the fields: orders alone have some forty texts.
    expect(checked).toBeGreaterThan(300)
  })

  it('finds what is missing: a plain string, a language left out, an empty one, no label at all', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const translators = await translatorsOf(config)
    const flawed = {
      ...config,
      collections: [
        {
          slug: 'things',
          labels: { singular: 'Thing', plural: { ru: 'Вещи', uz: 'Narsalar', en: 'Things' } },
          admin: { group: { ru: 'Склад', en: 'Store' } },
          fields: [
            { name: 'size', type: 'text', label: { ru: 'Размер', uz: ' ', en: 'Size' } },
            { name: 'colour', type: 'text' },
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  label: { ru: 'Вид', uz: 'Turi', en: 'Kind' },
                  options: [{ label: 'Big', value: 'big' }],
                  admin: { placeholder: 'Pick one' },
                },
              ],
            },
          ],
        },
      ],
      globals: [],
    } as unknown as SanitizedConfig
    const { offenders } = untranslatedTexts(flawed, translators)
    expect(offenders).toEqual([
      expect.stringMatching(/^collection things singular: "Thing"$/),
      expect.stringMatching(/^collection things group: languages en, ru/),
      expect.stringMatching(/^collection things\.size label: nothing in uz/),
      expect.stringMatching(/^collection things\.colour label: none$/),
      expect.stringMatching(/^collection things\.row\.kind placeholder: "Pick one"$/),
      expect.stringMatching(/^collection things\.row\.kind option big: "Big"$/),
    ])
  })
})
