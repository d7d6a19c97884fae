import type { Translated } from '@/domain/languages'

/** A Stars refund refused for a reason staff can act on, said in their language. */
export class StarsRefundRefused extends Error {
  constructor(
    readonly status: number,
    readonly said: Translated,
  ) {
    super(said.en)
  }
}

export const refusals = {
  unknown: (id: string): Translated => ({
    ru: `Операции #${id} нет`,
    uz: `#${id} tranzaksiya yo'q`,
    en: `There is no transaction #${id}`,
  }),
  notStars: {
    ru: 'Это не покупка за Telegram Stars: её возвращают не здесь',
    uz: 'Bu Telegram Stars xaridi emas: u bu yerda qaytarilmaydi',
    en: 'This is not a Telegram Stars purchase: it is not refunded here',
  },
  alreadyRefunded: {
    ru: 'Эта покупка уже возвращена',
    uz: 'Bu xarid allaqachon qaytarilgan',
    en: 'This purchase was already refunded',
  },
  notSucceeded: (status: string): Translated => ({
    ru: `Вернуть можно только проведённую покупку, а эта в статусе «${status}»`,
    uz: `Faqat o'tkazilgan xaridni qaytarish mumkin, bu esa «${status}» holatida`,
    en: `Only a succeeded purchase can be refunded; this one is ${status}`,
  }),
  balanceTooLow: (given: number, balance: number): Translated => ({
    ru: `Покупка дала ${given} кредитов, а на балансе клиента осталось ${balance}: потраченные кредиты не возвращаются`,
    uz: `Xarid ${given} kredit bergan, mijoz balansida esa ${balance} qolgan: sarflangan kreditlar qaytarilmaydi`,
    en: `The purchase gave ${given} credits and the client's balance holds ${balance}: credits already spent cannot be taken back`,
  }),
  telegramRefused: (description: string): Translated => ({
    ru: `Telegram отказал в возврате (${description}); ничего не изменено`,
    uz: `Telegram qaytarishni rad etdi (${description}); hech narsa o'zgarmadi`,
    en: `Telegram refused the refund (${description}); nothing was changed`,
  }),
  telegramDown: {
    ru: 'Telegram не ответил; ничего не изменено, попробуйте ещё раз',
    uz: "Telegram javob bermadi; hech narsa o'zgarmadi, qayta urinib ko'ring",
    en: 'Telegram did not answer; nothing was changed, try again',
  },
  botOff: {
    ru: 'Бот Telegram выключен (нет TELEGRAM_BOT_TOKEN): вернуть звёзды нельзя',
    uz: "Telegram bot o'chirilgan (TELEGRAM_BOT_TOKEN yo'q): yulduzlarni qaytarib bo'lmaydi",
    en: 'The Telegram bot is off (no TELEGRAM_BOT_TOKEN): Stars cannot be refunded',
  },
} satisfies Record<string, Translated | ((...args: never[]) => Translated)>
