import { describe, expect, it } from '@jest/globals'

import {
  bankAccountSchema,
  checkField,
  freeTextSchema,
  innSchema,
  mfoSchema,
  normalizeField,
  quantitySchema,
  timeOfDaySchema,
  uzPhoneSchema,
  vatCodeSchema,
} from '@/domain/validators'

const INN = 'INN must be 9 digits starting with 2–7'
const MFO = 'MFO must be 5 digits'
const ACCOUNT = 'Bank account must be 20 digits'
const VAT = 'VAT registration code must be 12 digits'
const PHONE = 'Phone must be an Uzbek number: +998 and 9 digits'

describe('innSchema', () => {
  it.each([
    ['201234567', '201234567'],
    ['300000000', '300000000'],
    ['456789012', '456789012'],
    ['512345678', '512345678'],
    ['612345678', '612345678'],
    ['799999999', '799999999'],
    ['  301234567 ', '301234567'],
    ['\t301234567\n', '301234567'],
  ])('accepts %p as %p', (input, stored) => {
    expect(innSchema.parse(input)).toBe(stored)
  })

  it.each([
    ['012345678', 'starts with 0'],
    ['112345678', 'starts with 1'],
    ['812345678', 'starts with 8'],
    ['912345678', 'starts with 9'],
    ['30123456', '8 digits'],
    ['3012345678', '10 digits'],
    ['30123456a', 'a letter'],
    ['ABCDEFGHI', 'letters'],
    ['301 234 567', 'spaces inside'],
    ['301-234-567', 'hyphens'],
    ['+301234567', 'a sign'],
    ['３０１２３４５６７', 'full-width digits'],
    ['', 'nothing'],
    ['   ', 'only spaces'],
  ])('refuses %p (%s)', (input) => {
    const result = innSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe(INN)
  })

  it('refuses a number with the same message as a typo', () => {
    expect(checkField(innSchema, 301234567)).toBe(INN)
  })
})

describe('mfoSchema', () => {
  it.each([
    ['00014', '00014'],
    ['01101', '01101'],
    ['99999', '99999'],
    [' 00873 ', '00873'],
  ])('accepts %p as %p', (input, stored) => {
    expect(mfoSchema.parse(input)).toBe(stored)
  })

  it.each([
    ['0001', '4 digits'],
    ['000140', '6 digits'],
    ['0001a', 'a letter'],
    ['MFO12', 'letters'],
    ['000 14', 'spaces inside'],
    ['00-014', 'a hyphen'],
    ['', 'nothing'],
    ['     ', 'only spaces'],
  ])('refuses %p (%s)', (input) => {
    const result = mfoSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe(MFO)
  })

  it('refuses a number', () => {
    expect(checkField(mfoSchema, 14)).toBe(MFO)
  })
})

describe('bankAccountSchema', () => {
  it.each([
    ['20208000900123456001', '20208000900123456001'],
    ['2020 8000 9001 2345 6001', '20208000900123456001'],
    ['20208 00090 01234 56001', '20208000900123456001'],
    ['2020\u00a08000\u00a09001\u00a02345\u00a06001', '20208000900123456001'],
    ['  20208000900123456001  ', '20208000900123456001'],
    ['00000000000000000000', '00000000000000000000'],
  ])('accepts %p as %p', (input, stored) => {
    expect(bankAccountSchema.parse(input)).toBe(stored)
  })

  it.each([
    ['2020800090012345600', '19 digits'],
    ['202080009001234560011', '21 digits'],
    ['2020800090012345600A', 'a letter'],
    ['2020-8000-9001-2345-6001', 'hyphens'],
    ['2020.8000.9001.2345.6001', 'dots'],
    ['UZ20208000900123456001', 'a country prefix'],
    ['    ', 'only spaces'],
  ])('refuses %p (%s)', (input) => {
    expect(checkField(bankAccountSchema, input)).toBe(ACCOUNT)
  })

  it('refuses a number, which cannot hold 20 digits exactly', () => {
    expect(checkField(bankAccountSchema, Number('20208000900123456001'))).toBe(ACCOUNT)
  })
})

describe('vatCodeSchema', () => {
  it.each([
    ['326010041234', '326010041234'],
    ['000000000001', '000000000001'],
    [' 326010041234 ', '326010041234'],
  ])('accepts %p as %p', (input, stored) => {
    expect(vatCodeSchema.parse(input)).toBe(stored)
  })

  it.each([
    ['32601004123', '11 digits'],
    ['3260100412345', '13 digits'],
    ['32601004123x', 'a letter'],
    ['3260 1004 1234', 'spaces inside'],
    ['326-010-041-234', 'hyphens'],
    ['   ', 'only spaces'],
  ])('refuses %p (%s)', (input) => {
    expect(checkField(vatCodeSchema, input)).toBe(VAT)
  })
})

describe('uzPhoneSchema', () => {
  it.each([
    ['+998901234567'],
    ['+998 90 123-45-67'],
    ['+998 90 123 45 67'],
    ['998901234567'],
    ['998 90 123 45 67'],
    ['+998(90)1234567'],
    ['+998 (90) 123-45-67'],
    ['901234567'],
    ['90 123 45 67'],
    ['(90) 123-45-67'],
    ['  +998901234567  '],
    ['+998\u00a090\u00a0123\u00a045\u00a067'],
  ])('reads %p as +998901234567', (input) => {
    expect(uzPhoneSchema.parse(input)).toBe('+998901234567')
  })

  it.each([
    ['+998712345678', '+998712345678'],
    ['712345678', '+998712345678'],
    ['+998331234567', '+998331234567'],
    ['998998123456', '+998998123456'],
    ['998123456', '+998998123456'],
  ])('reads %p as %p', (input, stored) => {
    expect(uzPhoneSchema.parse(input)).toBe(stored)
  })

  it.each([
    ['+7 901 234-56-78', 'a Russian number'],
    ['79012345678', 'a Russian number without +'],
    ['+1 555 123 4567', 'an American number'],
    ['+997901234567', 'another country code'],
    ['+99890123456', '8 local digits'],
    ['+9989012345678', '10 local digits'],
    ['90123456', '8 digits'],
    ['9012345678', '10 digits'],
    ['8 90 123 45 67', 'the old trunk prefix 8'],
    ['00998901234567', 'the 00 international prefix'],
    ['+998 90 ABC 45 67', 'letters'],
    ['+998 90 123 45 6x', 'a letter at the end'],
    ['phone: 901234567', 'words'],
    ['++998901234567', 'two plus signs'],
    ['901234567+', 'a plus at the end'],
    ['+998.90.123.45.67', 'dots'],
    ['+998/90/1234567', 'slashes'],
    ['+９９８９０１２３４５６７', 'full-width digits'],
    ['', 'nothing'],
    ['   ', 'only spaces'],
  ])('refuses %p (%s)', (input) => {
    const result = uzPhoneSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe(PHONE)
  })

  it('refuses a number with the same message', () => {
    expect(checkField(uzPhoneSchema, 998901234567)).toBe(PHONE)
  })
})

describe('quantitySchema', () => {
  it.each([1, 2, 80, 99_999, 100_000])('accepts %p', (quantity) => {
    expect(quantitySchema.parse(quantity)).toBe(quantity)
  })

  it.each([
    [1.5, 'Quantity must be a whole number'],
    [0.5, 'Quantity must be a whole number'],
    [-0.5, 'Quantity must be a whole number'],
    [Number.NaN, 'Quantity must be a whole number'],
    [Number.POSITIVE_INFINITY, 'Quantity must be a whole number'],
    ['5', 'Quantity must be a whole number'],
    ['', 'Quantity must be a whole number'],
    [null, 'Quantity must be a whole number'],
    [undefined, 'Quantity must be a whole number'],
    [{}, 'Quantity must be a whole number'],
    [0, 'Quantity must be at least 1'],
    [-1, 'Quantity must be at least 1'],
    [-100, 'Quantity must be at least 1'],
    [100_001, 'Quantity must be at most 100 000'],
    [1e20, 'Quantity must be at most 100 000'],
  ])('refuses %p: %s', (quantity, message) => {
    const result = quantitySchema.safeParse(quantity)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe(message)
  })
})

describe('timeOfDaySchema', () => {
  it.each(['00:00', '08:00', '12:30', '23:59'])('accepts %p', (time) => {
    expect(checkField(timeOfDaySchema, time)).toBe(true)
  })

  it.each(['8:00', '24:00', '12:60', '0800', '08:00:00', 'noon'])('refuses %p', (time) => {
    expect(checkField(timeOfDaySchema, time)).toBe('Enter a time as HH:MM, for example 08:00')
  })
})

describe('checkField', () => {
  it.each([null, undefined, ''])(
    'leaves an empty value (%p) to the field being required or not',
    (value) => {
      expect(checkField(innSchema, value)).toBe(true)
      expect(checkField(uzPhoneSchema, value)).toBe(true)
    },
  )

  it('is true for a valid value, even one that still needs normalising', () => {
    expect(checkField(uzPhoneSchema, '+998 90 123-45-67')).toBe(true)
    expect(checkField(bankAccountSchema, '2020 8000 9001 2345 6001')).toBe(true)
  })

  it("gives the first issue's message for an invalid value", () => {
    expect(checkField(innSchema, '112345678')).toBe(INN)
    expect(checkField(quantitySchema, 0)).toBe('Quantity must be at least 1')
  })

  it("says the message in the reader's language, English by default", () => {
    expect(checkField(innSchema, '112345678', 'ru')).toBe('ИНН — 9 цифр, первая от 2 до 7')
    expect(checkField(innSchema, '112345678', 'uz')).toBe(
      'STIR — 9 ta raqam, birinchisi 2 dan 7 gacha',
    )
    expect(checkField(uzPhoneSchema, '123', 'ru')).toBe('Телефон — узбекский номер: +998 и 9 цифр')
    expect(checkField(quantitySchema, 0, 'uz')).toBe('Miqdor kamida 1')
    expect(checkField(freeTextSchema(5), 'too long', 'ru')).toBe('Не больше 5 символов')
    expect(checkField(timeOfDaySchema, '25:00', 'en')).toBe(
      'Enter a time as HH:MM, for example 08:00',
    )
  })

  it.each([
    [innSchema, '1'],
    [mfoSchema, '1'],
    [bankAccountSchema, '1'],
    [vatCodeSchema, '1'],
    [uzPhoneSchema, '1'],
    [quantitySchema, 1.5],
    [quantitySchema, 100_001],
    [timeOfDaySchema, 'noon'],
    [freeTextSchema(3), 'four'],
    [freeTextSchema(3), ['a list']],
  ] as const)('has every message in Russian and Uzbek as well (%#)', (schema, value) => {
    const english = checkField(schema, value)
    expect(english).not.toBe(true)
    for (const language of ['ru', 'uz'] as const) {
      const said = checkField(schema, value, language)
      expect(typeof said).toBe('string')
      expect(said).not.toBe(english)
    }
  })
})

describe('normalizeField', () => {
  it('gives the stored spelling of a valid value', () => {
    expect(normalizeField(uzPhoneSchema, '+998 (90) 123-45-67')).toBe('+998901234567')
    expect(normalizeField(uzPhoneSchema, '901234567')).toBe('+998901234567')
    expect(normalizeField(bankAccountSchema, '2020 8000 9001 2345 6001')).toBe(
      '20208000900123456001',
    )
    expect(normalizeField(innSchema, ' 301234567 ')).toBe('301234567')
    expect(normalizeField(mfoSchema, '00014 ')).toBe('00014')
    expect(normalizeField(vatCodeSchema, ' 326010041234')).toBe('326010041234')
  })

  it('returns an invalid value unchanged, for validation to refuse', () => {
    expect(normalizeField(uzPhoneSchema, '+7 901 234-56-78')).toBe('+7 901 234-56-78')
    expect(normalizeField(innSchema, ' 112345678 ')).toBe(' 112345678 ')
    expect(normalizeField(innSchema, 301234567)).toBe(301234567)
  })

  it.each([null, undefined, ''])('returns an empty value (%p) unchanged', (value) => {
    expect(normalizeField(uzPhoneSchema, value)).toBe(value)
  })
})
