import { describe, expect, it } from '@jest/globals'
import { detectLanguage } from '@/domain/assist/language'
import { priorityOf } from '@/domain/assist/priority'
import { CATEGORIES } from '@/domain/assist/provider'
import { rulesProvider } from '@/domain/assist/rules'

const rules = rulesProvider()
const triage = (text: string, options?: Parameters<typeof rules.triage>[1]) =>
  rules.triage(text, options)

describe('the rules assist: language', () => {
  it.each([
    ['Где мой заказ?', 'ru'],
    ['Buyurtmam qachon keladi?', 'uz'],
    ['Salom, non bormi bugun', 'uz'],
    ['Assalomu alaykum, zakaz kelmadi hali', 'uz'],
    ['Буюртмам қачон келади?', 'uz'],
    ['Where is my order?', 'en'],
    ['privet, gde moy zakaz? uje 2 chasa jdu', 'ru'],
    ['hi, do you have samsa today', 'en'],
  ])('%s is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it('falls back to the client’s known language when the text has no words', () => {
    expect(detectLanguage('👍👍', 'uz')).toBe('uz')
    expect(detectLanguage('1042')).toBe('ru')
  })
})

describe('the rules assist: triage', () => {
  it.each([
    ['Привезли не тот хлеб, вместо батонов лепёшки', 'order_problem'],
    ['Хочу отменить заказ на завтра', 'order_problem'],
    ['Buyurtmada 10 ta somsa yetishmayapti', 'order_problem'],
    ['You forgot the croissants in my order', 'order_problem'],
    ['Оплатил через Payme, а статус всё ещё не оплачен', 'payment'],
    ['Pul ikki marta yechildi kartadan', 'payment'],
    ['Can I get an invoice for last month?', 'payment'],
    ['Когда приедет курьер?', 'delivery'],
    ['Kuryer qayerda? hali kelmadi', 'delivery'],
    ['Driver is late again', 'delivery'],
    ['Сколько стоит самса с мясом?', 'product_question'],
    ['Patir non bormi? narxi qancha', 'product_question'],
    ['Do you have gluten free bread?', 'product_question'],
    ['Хлеб сегодня чёрствый и подгорелый', 'complaint'],
    ['Somsa xom edi, pishmagan', 'complaint'],
    ['The courier was rude to my staff', 'complaint'],
    ['Здравствуйте, у вас есть вакансии пекаря?', 'other'],
    ['Спасибо за быструю доставку, всё горячее!', 'other'],
    ['Можно к завтрашнему заказу добавить 20 самсы?', 'order_problem'],
    ['privet, gde moy zakaz?', 'delivery'],
  ])('%s → %s', async (text, category) => {
    expect((await triage(text)).category).toBe(category)
  })

  it('sees urgency in words, exclamation marks, capitals and an event', async () => {
    expect((await triage('СРОЧНО нужен хлеб')).urgency).toBe('urgent')
    expect((await triage("Tezda javob bering, to'yimiz bugun!")).urgency).toBe('urgent')
    expect((await triage('Where is my order??? ASAP')).urgency).toBe('urgent')
    expect((await triage('С карты списали дважды за один заказ')).urgency).toBe('urgent')
    expect((await triage('Привезли не то, а у нас банкет через час')).urgency).toBe('urgent')
    expect((await triage('WHERE IS THE BREAD WE OPEN AT 8')).urgency).toBe('urgent')
  })

  it('leaves questions and wishes low, problems and upset clients normal, and hears “no rush”', async () => {
    expect((await triage('Сколько стоит лепёшка?')).urgency).toBe('low')
    expect((await triage('Когда приедет курьер?')).urgency).toBe('low')
    expect((await triage('Курьер ещё не приехал')).urgency).toBe('normal')
    expect((await triage('Kuryer hali kelmadi')).urgency).toBe('normal')
    expect((await triage('Опоздали на час, это ужас')).urgency).toBe('normal')
    expect((await triage('Not urgent, but the invoice had the wrong amount')).urgency).toBe('low')
  })

  it('reads mood from words, negation, emoji, capitals and what follows “but”', async () => {
    expect((await triage('В целом довольны, но булочки были сухие')).mood).toBe('negative')
    expect((await triage('Опять опоздали')).mood).toBe('negative')
    expect((await triage('Ужас, опять чёрствый хлеб')).mood).toBe('negative')
    expect((await triage('Это обман, верните деньги!')).mood).toBe('negative')
    expect((await triage('Somsa mazali emas edi')).mood).toBe('negative')
    expect((await triage('terrible service 😡')).mood).toBe('negative')
    expect((await triage('ГДЕ МОЙ ЗАКАЗ Я ЖДУ С УТРА')).mood).toBe('negative')
    expect((await triage('Спасибо, всё очень вкусно 😊')).mood).toBe('positive')
    expect((await triage("Rahmat, nonlar zo'r edi")).mood).toBe('positive')
    expect((await triage('Thanks, delicious as always')).mood).toBe('positive')
    expect((await triage('Когда будет доставка?')).mood).toBe('neutral')
  })

  it('answers 4,096 characters of emoji (and other floods) at once, without backtracking', async () => {
    const emoji = '😡'.repeat(2048)
    expect(emoji.length).toBe(4096)
    expect(await triage(emoji)).toEqual({
      category: 'other',
      urgency: 'normal',
      mood: 'negative',
      language: 'ru',
    })
    for (const flood of ['!'.repeat(4096), 'а'.repeat(4096), "o'".repeat(2048), '1 '.repeat(2048)])
      expect(CATEGORIES).toContain((await triage(flood)).category)
  })

  it('chooses only among the configured categories, with extra keywords for new ones', async () => {
    const catering = rulesProvider({
      categories: [...CATEGORIES, 'catering'],
      keywords: { catering: ['банкет', "to'y", 'catering', 'фуршет'] },
    })
    expect((await catering.triage('Нужен фуршет на 50 человек')).category).toBe('catering')
    expect((await catering.triage("To'yga 500 ta somsa kerak")).category).toBe('catering')
    const narrow = await triage('Хлеб чёрствый', { categories: ['payment', 'general'] })
    expect(narrow.category).toBe('general')
  })

  it('answers a message that is not text with a triage, not an error', async () => {
    expect(await triage(undefined as unknown as string)).toMatchObject({ category: 'other' })
    expect(await triage('')).toMatchObject({ category: 'other', mood: 'neutral' })
  })
})

describe('a conversation’s priority', () => {
  it('puts urgent or unhappy conversations first, and nothing else', () => {
    const cases = [
      [{ urgency: 'urgent', mood: 'neutral' }, 1],
      [{ urgency: 'low', mood: 'negative' }, 1],
      [{ urgency: 'urgent', mood: 'positive' }, 1],
      [{ urgency: 'normal', mood: 'neutral' }, 0],
      [{ urgency: 'low', mood: 'positive' }, 0],
    ] as const
    for (const [triage, priority] of cases) expect(priorityOf(triage)).toBe(priority)
  })
})
