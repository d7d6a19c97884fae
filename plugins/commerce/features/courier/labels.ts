/** What the admin shows for deliveries and courier events, in every language. */
export const labels = {
  group: { ru: 'Доставка', uz: 'Yetkazib berish', en: 'Delivery' },
  delivery: { ru: 'Доставка', uz: 'Yetkazma', en: 'Delivery' },
  deliveries: { ru: 'Доставки курьером', uz: 'Kuryer yetkazmalari', en: 'Courier deliveries' },
  event: { ru: 'Событие курьера', uz: 'Kuryer hodisasi', en: 'Courier event' },
  events: { ru: 'События курьера', uz: 'Kuryer hodisalari', en: 'Courier events' },
  order: { ru: 'Заказ', uz: 'Buyurtma', en: 'Order' },
  externalId: { ru: 'ID у курьера', uz: 'Kuryerdagi ID', en: "Courier's delivery id" },
  status: { ru: 'Статус', uz: 'Holati', en: 'Status' },
  trackingUrl: { ru: 'Ссылка отслеживания', uz: 'Kuzatuv havolasi', en: 'Tracking link' },
  conflict: { ru: 'Конфликт', uz: 'Ziddiyat', en: 'Conflict' },
  conflictDescription: {
    ru: 'Курьер сообщил о переходе, который заказ не допускает: заказ не изменён. Снимите отметку, когда разберётесь.',
    uz: "Kuryer buyurtma ruxsat bermaydigan o'tish haqida xabar berdi: buyurtma o'zgarmadi. Hal qilgach, belgini olib tashlang.",
    en: 'The courier reported a move the order does not allow: the order was left as it is. Untick once dealt with.',
  },
  conflictNote: { ru: 'Что не сошлось', uz: 'Nima mos kelmadi', en: 'What did not match' },
  lastEventAt: { ru: 'Последнее событие', uz: "So'nggi hodisa", en: 'Last event' },
  eventId: { ru: 'ID события', uz: 'Hodisa ID', en: 'Event id' },
  reported: { ru: 'Сообщённый статус', uz: 'Xabar qilingan holat', en: 'Reported status' },
  occurredAt: { ru: 'Когда у курьера', uz: 'Kuryerda qachon', en: 'When at the courier' },
  outcome: { ru: 'Итог', uz: 'Natija', en: 'Outcome' },
  note: { ru: 'Пояснение', uz: 'Izoh', en: 'Note' },
  payload: { ru: 'Данные', uz: "Ma'lumotlar", en: 'Data' },
}

/** What became of a courier event. */
export const EVENT_OUTCOMES = ['applied', 'unchanged', 'conflict'] as const
export type EventOutcome = (typeof EVENT_OUTCOMES)[number]

export const EVENT_OUTCOME_LABELS = {
  applied: { ru: 'Применено', uz: "Qo'llandi", en: 'Applied' },
  unchanged: { ru: 'Ничего не изменило', uz: "Hech narsani o'zgartirmadi", en: 'Changed nothing' },
  conflict: { ru: 'Отклонено заказом', uz: 'Buyurtma rad etdi', en: 'Refused by the order' },
} as const
