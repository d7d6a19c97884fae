import { describe, expect, it } from '@jest/globals'

import { LANGUAGES } from '@/domain/languages'
import { formatDay, MINIAPP_TEXTS, miniappLanguage } from '@/domain/miniappTexts'
import { FULFILLMENT_LABELS, ORDER_STATUSES, STATUS_LABELS } from '@/domain/orderWorkflow'
import { UNIT_LABELS, UNITS } from '@/domain/units'
import { added, cartLines, removed, totalOf } from '@/miniapp/quantities'

// Everything the Mini App shows comes from MINIAPP_TEXTS or the domain's labels: `Texts` makes a
// missing key fail to compile; this checks that none is empty or left in another language.
describe('the Mini App texts', () => {
  const keys = Object.keys(MINIAPP_TEXTS.en).sort()

  it.each(LANGUAGES)('has every text in %s, none empty', (language) => {
    expect(Object.keys(MINIAPP_TEXTS[language]).sort()).toEqual(keys)
    const empty = keys.filter(
      (key) => !MINIAPP_TEXTS[language][key as keyof (typeof MINIAPP_TEXTS)['en']].trim(),
    )
    expect(empty).toEqual([])
  })

  it('writes Russian in Cyrillic and Uzbek and English in Latin letters', () => {
    for (const key of keys as (keyof (typeof MINIAPP_TEXTS)['en'])[]) {
      expect([key, /\p{Script=Cyrillic}/u.test(MINIAPP_TEXTS.ru[key])]).toEqual([key, true])
      expect([key, /\p{Script=Cyrillic}/u.test(MINIAPP_TEXTS.uz[key])]).toEqual([key, false])
      expect([key, /\p{Script=Cyrillic}/u.test(MINIAPP_TEXTS.en[key])]).toEqual([key, false])
    }
  })

  it('says every status, way of receiving and unit the app shows in each language', () => {
    for (const language of LANGUAGES) {
      for (const status of ORDER_STATUSES) expect(STATUS_LABELS[status][language]).toBeTruthy()
      expect(FULFILLMENT_LABELS.delivery[language]).toBeTruthy()
      expect(FULFILLMENT_LABELS.pickup[language]).toBeTruthy()
      for (const unit of UNITS) expect(UNIT_LABELS[unit][language]).toBeTruthy()
    }
  })

  it("takes the language from Telegram's language_code, Russian when it is none of ours", () => {
    expect(miniappLanguage('uz')).toBe('uz')
    expect(miniappLanguage('ru-RU')).toBe('ru')
    expect(miniappLanguage('EN')).toBe('en')
    expect(miniappLanguage('de')).toBe('ru')
    expect(miniappLanguage(undefined)).toBe('ru')
  })

  it('writes a day with its weekday in each language', () => {
    expect(formatDay('2032-06-01', 'ru')).toBe('Вт, 1 июн.')
    expect(formatDay('2032-06-01', 'uz')).toBe('Se, 1-iyun')
    expect(formatDay('2032-06-01', 'en')).toBe('Tue, Jun 1')
  })
})

describe('the cart', () => {
  type Product = Parameters<typeof added>[1]
  const product = (id: number, minQuantity: number, price: number) =>
    ({ id, minQuantity, price }) as Partial<Product> as Product
  const bread = product(1, 10, 800_000)
  const samsa = product(2, 1, 500_000)

  it('starts a line at the product minimum and drops it below', () => {
    let cart = added({}, bread)
    expect(cart).toEqual({ 1: 10 })
    cart = added(cart, bread)
    expect(cart).toEqual({ 1: 11 })
    cart = removed(removed(cart, bread), bread)
    expect(cart).toEqual({})
  })

  it('prices the lines at the catalog prices, leaving out products no longer there', () => {
    const lines = cartLines({ 1: 10, 2: 3, 99: 5 }, [bread, samsa])
    expect(lines.map((line) => line.lineTotal)).toEqual([8_000_000, 1_500_000])
    expect(totalOf(lines)).toBe(9_500_000)
  })
})
