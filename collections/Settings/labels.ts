import type { Translated } from '@/domain/languages'

/** What the admin shows for the settings, in every language. */
export const labels = {
  global: { ru: 'Настройки', uz: 'Sozlamalar', en: 'Settings' },
  group: { ru: 'Настройки', uz: 'Sozlamalar', en: 'Settings' },
  sellerTab: { ru: 'Продавец', uz: 'Sotuvchi', en: 'Seller' },
  sellerTabDescription: {
    ru: 'Ваши реквизиты: они печатаются в каждом счёте.',
    uz: 'Sizning rekvizitlaringiz: ular har bir hisob-fakturada chop etiladi.',
    en: 'Your own legal details, printed on every invoice.',
  },
  sellerName: { ru: 'Наименование', uz: 'Yuridik nomi', en: 'Legal name' },
  inn: { ru: 'ИНН', uz: 'STIR', en: 'INN' },
  vatRegCode: {
    ru: 'Код плательщика НДС',
    uz: "QQS to'lovchisi kodi",
    en: 'VAT registration code',
  },
  bankAccount: { ru: 'Расчётный счёт', uz: 'Hisob raqami', en: 'Bank account' },
  mfo: { ru: 'МФО', uz: 'MFO', en: 'MFO' },
  bankName: { ru: 'Банк', uz: 'Bank nomi', en: 'Bank name' },
  address: { ru: 'Юридический адрес', uz: 'Yuridik manzil', en: 'Legal address' },
  ordersTab: { ru: 'Заказы', uz: 'Buyurtmalar', en: 'Orders' },
  currency: { ru: 'Валюта', uz: 'Valyuta', en: 'Currency' },
  timezone: { ru: 'Часовой пояс', uz: 'Vaqt mintaqasi', en: 'Time zone' },
  badTimezone: {
    ru: 'Укажите часовой пояс IANA, например Asia/Tashkent',
    uz: 'IANA vaqt mintaqasini kiriting, masalan Asia/Tashkent',
    en: 'Enter an IANA time zone such as Asia/Tashkent',
  },
  orderCutoffTime: {
    ru: 'Заказы на сегодня — до',
    uz: 'Bugungi buyurtmalar — soat',
    en: 'Order cut-off time',
  },
  orderCutoffTimeDescription: {
    ru: 'После этого времени заказ на сегодня уже не принимается.',
    uz: "Shu vaqtdan keyin bugungi kunga buyurtma berib bo'lmaydi.",
    en: 'After this time an order can no longer be for today.',
  },
  deliveryDaysAhead: {
    ru: 'Дней вперёд для заказа',
    uz: 'Necha kun oldinga buyurtma',
    en: 'Days ahead to order',
  },
  deliveryDaysAheadDescription: {
    ru: 'На сколько дней вперёд клиенты могут заказывать.',
    uz: 'Mijozlar necha kun oldinga buyurtma bera oladi.',
    en: 'How many days ahead clients may order.',
  },
  minOrderAmount: {
    ru: 'Минимальная сумма заказа',
    uz: 'Eng kam buyurtma summasi',
    en: 'Minimum order amount',
  },
  minOrderAmountDescription: {
    ru: 'Ноль — без минимума.',
    uz: "Nol — eng kam summa yo'q.",
    en: 'Zero for none.',
  },
  onlinePayment: { ru: 'Онлайн-оплата', uz: "Onlayn to'lov", en: 'Online payment' },
  onlinePaymentOff: {
    ru: 'Выключена: клиенты платят наличными или переводом',
    uz: "O'chirilgan: mijozlar naqd yoki bank o'tkazmasi orqali to'laydi",
    en: 'Off: clients pay by cash or bank transfer',
  },
  onlinePaymentAfterAccept: {
    ru: 'Картой, когда заказ принят',
    uz: 'Karta orqali, buyurtma qabul qilingach',
    en: 'Card, once staff accept the order',
  },
  onlinePaymentPrepay: {
    ru: 'Картой, до приготовления заказа (предоплата)',
    uz: "Karta orqali, buyurtma tayyorlanishidan oldin (oldindan to'lov)",
    en: 'Card, before the order is prepared (prepayment)',
  },
  onlinePaymentDescription: {
    ru: 'Для оплаты картой нужны STRIPE_SECRET_KEY и STRIPE_WEBHOOK_SECRET.',
    uz: "Karta orqali to'lov uchun STRIPE_SECRET_KEY va STRIPE_WEBHOOK_SECRET kerak.",
    en: 'Card payments need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.',
  },
  newClientStatus: { ru: 'Новые клиенты', uz: 'Yangi mijozlar', en: 'New clients' },
  newClientActive: {
    ru: 'Активны: могут сразу заказывать',
    uz: 'Faol: darhol buyurtma bera oladi',
    en: 'Active: may order at once',
  },
  newClientPending: {
    ru: 'Ждут подтверждения: сначала их одобряют сотрудники',
    uz: 'Kutilmoqda: avval xodimlar tasdiqlaydi',
    en: 'Pending: staff approve first',
  },
  telegramTab: { ru: 'Telegram', uz: 'Telegram', en: 'Telegram' },
  adminChatId: { ru: 'ID чата сотрудников', uz: 'Xodimlar chati ID', en: 'Staff chat ID' },
  adminChatIdDescription: {
    ru: 'Чат сотрудников для карточек заказов и сводок.',
    uz: 'Buyurtma kartochkalari va hisobotlar uchun xodimlar chati.',
    en: 'Staff chat for order cards and reports.',
  },
  supportGroupId: {
    ru: 'ID группы поддержки',
    uz: "Qo'llab-quvvatlash guruhi ID",
    en: 'Support group ID',
  },
  supportGroupIdDescription: {
    ru: 'Супергруппа с темами для поддержки.',
    uz: "Qo'llab-quvvatlash uchun mavzuli superguruh.",
    en: 'Supergroup with topics for support.',
  },
  morningReportTime: {
    ru: 'Время утренней сводки',
    uz: 'Ertalabki hisobot vaqti',
    en: 'Morning report time',
  },
  morningReportTimeDescription: {
    ru: 'Когда сводка дня уходит в чат сотрудников, по часовому поясу выше.',
    uz: "Kunlik hisobot xodimlar chatiga yuboriladigan vaqt, yuqoridagi vaqt mintaqasi bo'yicha.",
    en: 'When the day’s summary goes to the staff chat, in the time zone above.',
  },
  staffLanguage: {
    ru: 'Язык чата сотрудников',
    uz: 'Xodimlar chati tili',
    en: 'Staff chat language',
  },
  staffLanguageDescription: {
    ru: 'Язык карточек заказов и сводок в чате сотрудников.',
    uz: 'Xodimlar chatidagi buyurtma kartochkalari va hisobotlar tili.',
    en: 'The language of order cards and summaries in the staff chat.',
  },
  adminTab: { ru: 'Панель управления', uz: 'Boshqaruv paneli', en: 'Admin panel' },
  adminLanguage: {
    ru: 'Язык панели по умолчанию',
    uz: 'Panelning asosiy tili',
    en: 'Default admin language',
  },
  adminLanguageDescription: {
    ru: 'Для тех, кто не выбрал язык в своём аккаунте и чей браузер не просит русский или английский.',
    uz: "Akkauntida til tanlamagan va brauzeri rus yoki ingliz tilini so'ramaydigan foydalanuvchilar uchun.",
    en: 'For users who have not chosen a language in their account and whose browser asks for neither Russian nor English.',
  },
} satisfies Record<string, Translated>
