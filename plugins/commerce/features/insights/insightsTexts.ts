import type { AdminTexts } from '@/admin/i18n/adminLanguages'

const en = {
  title: 'Conversation insights',
  from: 'From',
  to: 'To',
  show: 'Show',
  loadFailed: 'Could not load: {reason}',
  perDayTitle: 'Messages per day',
  fromClients: 'From clients',
  fromStaff: 'Staff answers',
  timesTitle: 'Response and resolution times',
  timesNote:
    'A case runs from a client’s question to staff’s last answer before the client writes again.',
  who: 'Who',
  everyone: 'Everyone',
  anonymous: 'The group (anonymous admin)',
  cases: 'Cases',
  firstResponse: 'First response',
  resolution: 'Resolution',
  median: 'median',
  p90: 'p90',
  answered: 'answered',
  noCases: 'No client wrote in the period.',
  categoriesTitle: 'Categories over time',
  byDay: 'by day',
  byWeek: 'by week (from Monday)',
  uncategorised: 'No category',
  noMessages: 'No messages in the period.',
  seconds: '{n} s',
  minutes: '{n} min',
  hours: '{n} h',
  days: '{n} d',
}

export type InsightsText = keyof typeof en

export const INSIGHTS_TEXTS: AdminTexts<InsightsText> = {
  ru: {
    title: 'Аналитика обращений',
    from: 'С',
    to: 'По',
    show: 'Показать',
    loadFailed: 'Не удалось загрузить: {reason}',
    perDayTitle: 'Сообщения по дням',
    fromClients: 'От клиентов',
    fromStaff: 'Ответы сотрудников',
    timesTitle: 'Время ответа и решения',
    timesNote:
      'Обращение длится от вопроса клиента до последнего ответа сотрудника перед следующим сообщением клиента.',
    who: 'Кто',
    everyone: 'Все',
    anonymous: 'Группа (анонимный админ)',
    cases: 'Обращений',
    firstResponse: 'Первый ответ',
    resolution: 'Решение',
    median: 'медиана',
    p90: 'p90',
    answered: 'с ответом',
    noCases: 'За период никто не писал.',
    categoriesTitle: 'Категории по времени',
    byDay: 'по дням',
    byWeek: 'по неделям (с понедельника)',
    uncategorised: 'Без категории',
    noMessages: 'За период сообщений нет.',
    seconds: '{n} с',
    minutes: '{n} мин',
    hours: '{n} ч',
    days: '{n} дн',
  },
  uz: {
    title: 'Murojaatlar tahlili',
    from: 'Dan',
    to: 'Gacha',
    show: "Ko'rsatish",
    loadFailed: "Yuklab bo'lmadi: {reason}",
    perDayTitle: "Kunlar bo'yicha xabarlar",
    fromClients: 'Mijozlardan',
    fromStaff: 'Xodimlar javoblari',
    timesTitle: 'Javob va hal qilish vaqti',
    timesNote:
      'Murojaat mijoz savolidan mijoz yana yozishidan oldingi xodimning oxirgi javobigacha davom etadi.',
    who: 'Kim',
    everyone: 'Hammasi',
    anonymous: 'Guruh (anonim admin)',
    cases: 'Murojaatlar',
    firstResponse: 'Birinchi javob',
    resolution: 'Hal qilish',
    median: 'mediana',
    p90: 'p90',
    answered: 'javob berilgan',
    noCases: 'Davrda hech kim yozmadi.',
    categoriesTitle: "Vaqt bo'yicha toifalar",
    byDay: "kunlar bo'yicha",
    byWeek: "haftalar bo'yicha (dushanbadan)",
    uncategorised: 'Toifasiz',
    noMessages: "Davrda xabarlar yo'q.",
    seconds: '{n} s',
    minutes: '{n} daq',
    hours: '{n} soat',
    days: '{n} kun',
  },
  en,
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

/** A duration as people read it: seconds under a minute, then minutes, hours, days (two units at most). */
export function formatDuration(ms: number | null, t: Record<InsightsText, string>): string {
  if (ms === null) return '—'
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return fill(t.seconds, { n: seconds })
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return fill(t.minutes, { n: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest
      ? `${fill(t.hours, { n: hours })} ${fill(t.minutes, { n: rest })}`
      : fill(t.hours, { n: hours })
  }
  const days = Math.floor(hours / 24)
  const rest = hours % 24
  return rest
    ? `${fill(t.days, { n: days })} ${fill(t.hours, { n: rest })}`
    : fill(t.days, { n: days })
}
