import type { OrderStatus } from './orderWorkflow'

export const LANGUAGES = ['ru', 'uz', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ru: 'Русский',
  uz: "O'zbekcha",
  en: 'English',
}

const STATUS_TEXT: Record<Language, Record<OrderStatus, string>> = {
  ru: {
    new: 'Заказ №{number} принят в обработку',
    accepted: 'Заказ №{number} подтверждён',
    preparing: 'Заказ №{number} готовится',
    on_the_way: 'Заказ №{number} в пути',
    delivered: 'Заказ №{number} доставлен',
    ready: 'Заказ №{number} готов к выдаче',
    given: 'Заказ №{number} выдан',
    cancelled: 'Заказ №{number} отменён',
  },
  uz: {
    new: '№{number} buyurtma qabul qilindi',
    accepted: '№{number} buyurtma tasdiqlandi',
    preparing: '№{number} buyurtma tayyorlanmoqda',
    on_the_way: "№{number} buyurtma yo'lda",
    delivered: '№{number} buyurtma yetkazildi',
    ready: '№{number} buyurtma olib ketishga tayyor',
    given: '№{number} buyurtma topshirildi',
    cancelled: '№{number} buyurtma bekor qilindi',
  },
  en: {
    new: 'Order #{number} has been received',
    accepted: 'Order #{number} is accepted',
    preparing: 'Order #{number} is being prepared',
    on_the_way: 'Order #{number} is on the way',
    delivered: 'Order #{number} is delivered',
    ready: 'Order #{number} is ready for pickup',
    given: 'Order #{number} has been picked up',
    cancelled: 'Order #{number} is cancelled',
  },
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** What the client reads when their order moves, in their language (Russian when unknown). */
export function statusChangedText(
  language: string | null | undefined,
  number: number,
  status: OrderStatus,
): string {
  const texts = STATUS_TEXT[isLanguage(language) ? language : 'ru']
  return texts[status].replace('{number}', String(number))
}
