// Reply drafts from templates, for when no model answers. They say only what the context holds
// (the client's name, an order's number, status, total and what is still owed, a payment's
// provider, amount and status): staff copy one, edit it and send it themselves.

import type { Language } from '../languages'
import { formatMoney } from '../money'
import { isOrderStatus, STATUS_LABELS } from '../orderWorkflow'
import { PAYMENT_STATUS_LABELS, type PaymentStatus } from '../payments'
import { CATEGORIES, type Category, type SuggestContext } from './provider'
import { triageText } from './triage'

type Order = SuggestContext['orders'][number]
type Payment = SuggestContext['payments'][number]

/** What the drafts may say, each already written in the client's language. */
export interface Facts {
  name: string
  order: {
    number: number
    status: string
    total: string
    /** Still to pay, or null when nothing is owed. */
    owed: string | null
    paymentStatus: string
    deliveryDate: string | null
  } | null
  /** The latest payment of that order (or of the client), as provider, amount and status. */
  payment: { provider: string; amount: string; status: string } | null
}

const FINISHED = new Set(['delivered', 'given', 'cancelled'])
const SETTLED = new Set(['paid', 'refunded', 'partially_refunded'])
const PAYMENT_STATUS_WORDS: Record<string, Record<Language, string>> = {
  pending: { ru: 'в обработке', uz: 'jarayonda', en: 'pending' },
  succeeded: { ru: 'прошёл', uz: "o'tgan", en: 'succeeded' },
  failed: { ru: 'не прошёл', uz: "o'tmagan", en: 'failed' },
  refunded: { ru: 'возвращён', uz: 'qaytarilgan', en: 'refunded' },
  disputed: { ru: 'оспорен', uz: "e'tiroz qilingan", en: 'disputed' },
}
const PROVIDER_NAMES: Record<string, string> = {
  payme: 'Payme',
  click: 'Click',
  stripe: 'Stripe',
  telegram_stars: 'Telegram Stars',
  cash: 'cash',
  bank_transfer: 'bank transfer',
}
const PROVIDER_WORDS: Record<string, Record<Language, string>> = {
  cash: { ru: 'наличные', uz: 'naqd pul', en: 'cash' },
  bank_transfer: { ru: 'перечисление', uz: "bank o'tkazmasi", en: 'bank transfer' },
}

/** The order the client most likely writes about: the one they name, else the latest that fits. */
export function relevantOrder(context: SuggestContext, category: string): Order | null {
  if (context.orders.length === 0) return null
  const named = namedOrderNumbers(context)
  const mentioned = context.orders.find((order) => named.has(order.number))
  if (mentioned) return mentioned
  const newestFirst = [...context.orders].sort((a, b) => b.number - a.number)
  const fits =
    category === 'payment'
      ? newestFirst.find((order) => !SETTLED.has(order.paymentStatus))
      : category === 'delivery' || category === 'order_problem'
        ? newestFirst.find((order) => !FINISHED.has(order.status))
        : undefined
  return fits ?? newestFirst[0]
}

function namedOrderNumbers(context: SuggestContext): Set<number> {
  const numbers = new Set<number>()
  for (const message of context.messages) {
    if (message.from !== 'client') continue
    for (const match of message.text.matchAll(/\d{1,9}/g)) numbers.add(Number(match[0]))
  }
  return numbers
}

/** What is left to pay on an order: its total less the payments that went through. */
export function owedOn(order: Order, payments: readonly Payment[]): number {
  if (SETTLED.has(order.paymentStatus)) return 0
  const paid = payments
    .filter((p) => p.orderNumber === order.number && p.status === 'succeeded')
    .reduce((sum, p) => sum + p.amount, 0)
  return Math.max(0, order.total - paid)
}

function dateIn(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  return match ? `${match[3]}.${match[2]}.${match[1]}` : null
}

export function factsOf(context: SuggestContext, category: string): Facts {
  const language = context.language
  const order = relevantOrder(context, category)
  const forOrder = order
    ? context.payments.filter((p) => p.orderNumber === order.number)
    : context.payments
  const payment = forOrder.at(-1) ?? null
  const owed = order ? owedOn(order, context.payments) : 0
  return {
    name: context.clientName.trim(),
    order: order && {
      number: order.number,
      // Said mid-sentence: "сейчас: в пути", "now: on the way".
      status: (isOrderStatus(order.status)
        ? STATUS_LABELS[order.status][language]
        : order.status
      ).toLocaleLowerCase(),
      total: formatMoney(order.total, order.currency, language),
      owed: owed > 0 ? formatMoney(owed, order.currency, language) : null,
      paymentStatus: (
        PAYMENT_STATUS_LABELS[order.paymentStatus as PaymentStatus]?.[language] ??
        order.paymentStatus
      ).toLocaleLowerCase(),
      deliveryDate: dateIn(order.deliveryDate),
    },
    payment: payment && {
      provider:
        PROVIDER_WORDS[payment.provider]?.[language] ??
        PROVIDER_NAMES[payment.provider] ??
        payment.provider,
      amount: formatMoney(payment.amount, payment.currency, language),
      status: PAYMENT_STATUS_WORDS[payment.status]?.[language] ?? payment.status,
    },
  }
}

type Template = (f: Facts) => string | null
const line = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(' ')

const TEMPLATES: Record<Language, Record<Category, Template[]>> = {
  ru: {
    order_problem: [
      (f) =>
        line(
          `Здравствуйте, ${f.name}! Извините за неудобство.`,
          f.order && `Проверяем заказ №${f.order.number} (сейчас: ${f.order.status}).`,
          'Напишите, пожалуйста, что именно не так, — исправим.',
        ),
      (f) =>
        line(
          `${f.name}, поняли вас.`,
          f.order ? `По заказу №${f.order.number} уточним у склада` : 'Уточним у склада',
          'и вернёмся с ответом в ближайшее время. Если можно, пришлите фото.',
        ),
      (f) =>
        f.order &&
        `${f.name}, можем довезти недостающее или пересчитать заказ №${f.order.number} (${f.order.total}). Как вам удобнее?`,
    ],
    payment: [
      (f) =>
        f.order &&
        (f.order.owed
          ? `Здравствуйте, ${f.name}! По заказу №${f.order.number} к оплате ${f.order.owed} (сумма заказа ${f.order.total}, оплата: ${f.order.paymentStatus}).`
          : `Здравствуйте, ${f.name}! Оплата по заказу №${f.order.number} на ${f.order.total} получена (${f.order.paymentStatus}).`),
      (f) =>
        line(
          `${f.name}, проверяем платёж`,
          f.payment && `(${f.payment.provider}, ${f.payment.amount}, ${f.payment.status})`,
          '— напишем, как только увидим результат. Если деньги списались дважды, пришлите, пожалуйста, чек: лишнее вернём.',
        ),
      (f) =>
        line(
          `${f.name}, спасибо за сообщение.`,
          f.order?.owed && `Остаток по заказу №${f.order.number}: ${f.order.owed}.`,
          'Если нужен счёт или акт сверки, подготовим.',
        ),
    ],
    delivery: [
      (f) =>
        line(
          `Здравствуйте, ${f.name}!`,
          f.order &&
            `Заказ №${f.order.number} сейчас: ${f.order.status}${f.order.deliveryDate ? `, доставка на ${f.order.deliveryDate}` : ''}.`,
          'Уточняем у курьера и сразу напишем.',
        ),
      (f) =>
        line(
          `${f.name}, извините за ожидание!`,
          f.order && `Заказ №${f.order.number}: ${f.order.status}.`,
          'Как только курьер подтвердит время, сообщим.',
        ),
      (f) =>
        line(
          `${f.name}, уже проверяем, где`,
          f.order ? `заказ №${f.order.number}.` : 'ваш заказ.',
          'Пара минут!',
        ),
    ],
    product_question: [
      (f) => `Здравствуйте, ${f.name}! Спасибо за вопрос: уточним и ответим в ближайшее время.`,
      (f) => `${f.name}, сейчас проверим наличие и цену для вас и напишем.`,
      (f) =>
        `${f.name}, ассортимент и цены есть в каталоге бота; если нужного там нет, подскажем, что можно заказать.`,
    ],
    complaint: [
      (f) =>
        line(
          `${f.name}, нам очень жаль, извините!`,
          f.order && `Разберёмся с заказом №${f.order.number}.`,
          'Пришлите, пожалуйста, фото — заменим или пересчитаем.',
        ),
      (f) =>
        `Здравствуйте, ${f.name}. Спасибо, что сообщили: передали пекарям, разберёмся и примем меры.`,
      (f) =>
        line(
          `${f.name}, извините за это.`,
          f.order
            ? `Можем заменить товар из заказа №${f.order.number} в следующей поставке или вернуть деньги — как вам удобнее?`
            : 'Можем заменить товар в следующей поставке или вернуть деньги — как вам удобнее?',
        ),
    ],
    other: [
      (f) => `Здравствуйте, ${f.name}! Чем можем помочь?`,
      (f) => `${f.name}, спасибо за сообщение! Ответим в ближайшее время.`,
      (f) => `${f.name}, спасибо за тёплые слова! Всегда рады вашим заказам.`,
    ],
  },
  uz: {
    order_problem: [
      (f) =>
        line(
          `Assalomu alaykum, ${f.name}! Noqulaylik uchun uzr.`,
          f.order && `${f.order.number}-sonli buyurtmani tekshiryapmiz (hozir: ${f.order.status}).`,
          "Iltimos, nima noto'g'ri kelganini yozing — tuzatamiz.",
        ),
      (f) =>
        line(
          `${f.name}, tushundik.`,
          f.order
            ? `${f.order.number}-sonli buyurtma bo'yicha omborda aniqlab,`
            : 'Omborda aniqlab,',
          'tez orada javob beramiz. Iloji bo‘lsa, rasmini yuboring.',
        ),
      (f) =>
        f.order &&
        `${f.name}, yetishmaganini olib kelishimiz yoki ${f.order.number}-sonli buyurtmani (${f.order.total}) qayta hisoblashimiz mumkin. Qaysi biri qulay?`,
    ],
    payment: [
      (f) =>
        f.order &&
        (f.order.owed
          ? `Assalomu alaykum, ${f.name}! ${f.order.number}-sonli buyurtma bo'yicha to'lanishi kerak: ${f.order.owed} (buyurtma summasi ${f.order.total}, to'lov: ${f.order.paymentStatus}).`
          : `Assalomu alaykum, ${f.name}! ${f.order.number}-sonli buyurtma uchun ${f.order.total} to'lov qabul qilindi (${f.order.paymentStatus}).`),
      (f) =>
        line(
          `${f.name}, to'lovni tekshiryapmiz`,
          f.payment && `(${f.payment.provider}, ${f.payment.amount}, ${f.payment.status})`,
          "— natijani ko'rishimiz bilan yozamiz. Agar pul ikki marta yechilgan bo'lsa, chekni yuboring: ortiqchasini qaytaramiz.",
        ),
      (f) =>
        line(
          `${f.name}, xabaringiz uchun rahmat.`,
          f.order?.owed && `${f.order.number}-sonli buyurtma bo'yicha qoldiq: ${f.order.owed}.`,
          'Hisob-faktura yoki solishtirma dalolatnoma kerak bo‘lsa, tayyorlab beramiz.',
        ),
    ],
    delivery: [
      (f) =>
        line(
          `Assalomu alaykum, ${f.name}!`,
          f.order &&
            `${f.order.number}-sonli buyurtma hozir: ${f.order.status}${f.order.deliveryDate ? `, yetkazish sanasi ${f.order.deliveryDate}` : ''}.`,
          'Kuryerdan aniqlab, darhol yozamiz.',
        ),
      (f) =>
        line(
          `${f.name}, kutganingiz uchun uzr!`,
          f.order && `${f.order.number}-sonli buyurtma: ${f.order.status}.`,
          'Kuryer vaqtni tasdiqlashi bilan xabar beramiz.',
        ),
      (f) =>
        line(
          `${f.name}, hozir tekshiryapmiz:`,
          f.order ? `${f.order.number}-sonli buyurtma qayerda.` : 'buyurtmangiz qayerda.',
          'Bir necha daqiqa!',
        ),
    ],
    product_question: [
      (f) =>
        `Assalomu alaykum, ${f.name}! Savolingiz uchun rahmat: aniqlab, tez orada javob beramiz.`,
      (f) => `${f.name}, hozir siz uchun mavjudligi va narxini tekshirib, yozamiz.`,
      (f) =>
        `${f.name}, mahsulotlar va narxlar bot katalogida bor; kerakligi bo'lmasa, nimani buyurtma qilish mumkinligini aytamiz.`,
    ],
    complaint: [
      (f) =>
        line(
          `${f.name}, juda afsusdamiz, uzr so'raymiz!`,
          f.order && `${f.order.number}-sonli buyurtma bilan shug'ullanamiz.`,
          'Iltimos, rasmini yuboring — almashtirib beramiz yoki qayta hisoblaymiz.',
        ),
      (f) =>
        `Assalomu alaykum, ${f.name}. Xabar berganingiz uchun rahmat: novvoylarga yetkazdik, chora ko'ramiz.`,
      (f) =>
        line(
          `${f.name}, buning uchun uzr.`,
          f.order
            ? `${f.order.number}-sonli buyurtmadagi mahsulotni keyingi yetkazishda almashtirishimiz yoki pulini qaytarishimiz mumkin — qaysi biri qulay?`
            : 'Mahsulotni keyingi yetkazishda almashtirishimiz yoki pulini qaytarishimiz mumkin — qaysi biri qulay?',
        ),
    ],
    other: [
      (f) => `Assalomu alaykum, ${f.name}! Qanday yordam bera olamiz?`,
      (f) => `${f.name}, xabaringiz uchun rahmat! Tez orada javob beramiz.`,
      (f) => `${f.name}, iliq so'zlaringiz uchun rahmat! Buyurtmalaringizni doim kutamiz.`,
    ],
  },
  en: {
    order_problem: [
      (f) =>
        line(
          `Hello ${f.name}, sorry for the trouble!`,
          f.order && `We are checking order #${f.order.number} (now: ${f.order.status}).`,
          'Please tell us what exactly is wrong and we will fix it.',
        ),
      (f) =>
        line(
          `${f.name}, got it.`,
          f.order
            ? `We are checking order #${f.order.number} with the warehouse`
            : 'We are checking with the warehouse',
          'and will get back to you shortly. A photo would help, if you can.',
        ),
      (f) =>
        f.order &&
        `${f.name}, we can bring what is missing or recalculate order #${f.order.number} (${f.order.total}). Which would you prefer?`,
    ],
    payment: [
      (f) =>
        f.order &&
        (f.order.owed
          ? `Hello ${f.name}! ${f.order.owed} is still to pay on order #${f.order.number} (order total ${f.order.total}, payment: ${f.order.paymentStatus}).`
          : `Hello ${f.name}! We have received the payment of ${f.order.total} for order #${f.order.number} (${f.order.paymentStatus}).`),
      (f) =>
        line(
          `${f.name}, we are checking the payment`,
          f.payment && `(${f.payment.provider}, ${f.payment.amount}, ${f.payment.status})`,
          'and will write as soon as we see the result. If you were charged twice, please send the receipt and we will refund the extra.',
        ),
      (f) =>
        line(
          `${f.name}, thanks for your message.`,
          f.order?.owed && `The balance on order #${f.order.number} is ${f.order.owed}.`,
          'If you need an invoice or a reconciliation statement, we will prepare it.',
        ),
    ],
    delivery: [
      (f) =>
        line(
          `Hello ${f.name}!`,
          f.order &&
            `Order #${f.order.number} is now: ${f.order.status}${f.order.deliveryDate ? `, delivery on ${f.order.deliveryDate}` : ''}.`,
          'We are checking with the courier and will write right away.',
        ),
      (f) =>
        line(
          `${f.name}, sorry for the wait!`,
          f.order && `Order #${f.order.number}: ${f.order.status}.`,
          'We will let you know as soon as the courier confirms the time.',
        ),
      (f) =>
        line(
          `${f.name}, we are checking where`,
          f.order ? `order #${f.order.number} is.` : 'your order is.',
          'Just a few minutes!',
        ),
    ],
    product_question: [
      (f) => `Hello ${f.name}! Thanks for asking: we will check and answer shortly.`,
      (f) => `${f.name}, we are checking availability and the price for you and will write back.`,
      (f) =>
        `${f.name}, the range and prices are in the bot's catalogue; if what you need is not there, we will tell you what can be ordered.`,
    ],
    complaint: [
      (f) =>
        line(
          `${f.name}, we are very sorry!`,
          f.order && `We will look into order #${f.order.number}.`,
          'Please send a photo and we will replace it or adjust the bill.',
        ),
      (f) =>
        `Hello ${f.name}. Thank you for telling us: we have passed it on to the bakers and will act on it.`,
      (f) =>
        line(
          `${f.name}, sorry about this.`,
          f.order
            ? `We can replace the goods from order #${f.order.number} with the next delivery or refund them — which suits you?`
            : 'We can replace the goods with the next delivery or refund them — which suits you?',
        ),
    ],
    other: [
      (f) => `Hello ${f.name}! How can we help?`,
      (f) => `${f.name}, thanks for your message! We will answer shortly.`,
      (f) => `${f.name}, thank you for the kind words! Always glad to bake for you.`,
    ],
  },
}

/** Two or three drafts for the client's latest messages, in their language. */
export function suggestDrafts(context: SuggestContext): string[] {
  const recent = context.messages
    .filter((m) => m.from === 'client')
    .slice(-3)
    .map((m) => m.text)
    .join('\n')
  const triage = triageText(recent, { categories: context.categories, language: context.language })
  const category = (CATEGORIES as readonly string[]).includes(triage.category)
    ? (triage.category as Category)
    : 'other'
  const facts = factsOf(context, category)
  let templates = TEMPLATES[context.language][category]
  // Kind words to a message that is not one: "other" with no praise keeps to the first two.
  if (category === 'other' && triage.mood !== 'positive') templates = templates.slice(0, 2)
  const drafts = templates.map((template) => template(facts)).filter((d): d is string => !!d)
  return drafts.length >= 2
    ? drafts.slice(0, 3)
    : [...drafts, ...fallbackDrafts(facts, context.language)].slice(0, 2)
}

function fallbackDrafts(facts: Facts, language: Language): string[] {
  return TEMPLATES[language].other.slice(0, 2).map((template) => template(facts) ?? '')
}
