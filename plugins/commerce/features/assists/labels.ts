import type { Translated } from '@/domain/languages'

/** What the admin shows for assists, in every language. */
export const labels = {
  triage: { ru: 'Разбор ассистента', uz: 'Yordamchi tahlili', en: 'Assist triage' },
  category: { ru: 'Категория', uz: 'Toifa', en: 'Category' },
  urgency: { ru: 'Срочность', uz: 'Shoshilinchlik', en: 'Urgency' },
  mood: { ru: 'Настроение', uz: 'Kayfiyat', en: 'Mood' },
  provider: { ru: 'Кто разобрал', uz: 'Kim tahlil qildi', en: 'Answered by' },
  note: { ru: 'Почему правила', uz: 'Nega qoidalar', en: 'Why the rules' },
  noteDescription: {
    ru: 'Почему модель не ответила и сработали правила (таймаут, не JSON, неизвестная категория…).',
    uz: 'Model nega javob bermadi va qoidalar ishladi (vaqt tugadi, JSON emas, noma’lum toifa…).',
    en: 'Why the model did not answer and the rules did (timeout, not JSON, unknown category…).',
  },
  priority: { ru: 'Приоритет', uz: 'Ustuvorlik', en: 'Priority' },
  priorityDescription: {
    ru: '1 — срочная или недовольный клиент: такие переписки наверху списка.',
    uz: '1 — shoshilinch yoki norozi mijoz: bunday yozishmalar ro‘yxat tepasida.',
    en: '1: urgent or an unhappy client; these conversations come first in the list.',
  },
  announcedAt: { ru: 'Сообщено сотрудникам', uz: 'Xodimlarga xabar qilingan', en: 'Staff told at' },
  low: { ru: 'Низкая', uz: 'Past', en: 'Low' },
  normal: { ru: 'Обычная', uz: 'Oddiy', en: 'Normal' },
  urgent: { ru: 'Срочно', uz: 'Shoshilinch', en: 'Urgent' },
  positive: { ru: 'Довольный', uz: 'Mamnun', en: 'Positive' },
  neutral: { ru: 'Спокойный', uz: 'Xotirjam', en: 'Neutral' },
  negative: { ru: 'Недовольный', uz: 'Norozi', en: 'Negative' },
  settings: {
    ru: 'Ассистент поддержки',
    uz: 'Qo‘llab-quvvatlash yordamchisi',
    en: 'Support assists',
  },
  enabled: {
    ru: 'Разбирать сообщения и предлагать ответы',
    uz: 'Xabarlarni tahlil qilish va javoblar taklif qilish',
    en: 'Triage messages and suggest replies',
  },
  enabledDescription: {
    ru: 'Без ASSIST_API_URL работают правила без сети; с ним — языковая модель, а при её сбое правила. Строка разбора в теме занимает место в лимите группы (20 сообщений в минуту).',
    uz: 'ASSIST_API_URL bo‘lmasa tarmoqsiz qoidalar ishlaydi; bo‘lsa — til modeli, u ishlamasa qoidalar. Mavzudagi tahlil qatori guruh limitidan joy oladi (daqiqasiga 20 xabar).',
    en: "Without ASSIST_API_URL the network-free rules answer; with it the language model, and the rules when it fails. A triage line in a topic takes a place in the group's limit (20 messages a minute).",
  },
  categories: { ru: 'Категории', uz: 'Toifalar', en: 'Categories' },
  categoriesDescription: {
    ru: 'Пусто — шесть стандартных: order_problem, payment, delivery, product_question, complaint, other.',
    uz: 'Bo‘sh — oltita standart: order_problem, payment, delivery, product_question, complaint, other.',
    en: 'Empty: the standard six (order_problem, payment, delivery, product_question, complaint, other).',
  },
  key: { ru: 'Ключ', uz: 'Kalit', en: 'Key' },
  labelRu: { ru: 'Название (ru)', uz: 'Nomi (ru)', en: 'Label (ru)' },
  labelUz: { ru: 'Название (uz)', uz: 'Nomi (uz)', en: 'Label (uz)' },
  labelEn: { ru: 'Название (en)', uz: 'Nomi (en)', en: 'Label (en)' },
  keyInvalid: {
    ru: 'Латинские строчные буквы, цифры и _, с буквы, не длиннее 32.',
    uz: 'Lotin kichik harflari, raqamlar va _, harfdan boshlab, 32 tagacha.',
    en: 'Lowercase latin letters, digits and _, starting with a letter, at most 32.',
  },
  keywords: { ru: 'Слова-признаки', uz: 'Belgi so‘zlar', en: 'Keywords' },
  keywordsDescription: {
    ru: 'Через запятую, на любом языке: правила и модель относят к категории сообщения с ними.',
    uz: 'Vergul bilan, istalgan tilda: qoidalar va model ular bor xabarlarni shu toifaga qo‘yadi.',
    en: 'Comma-separated, any language: the rules and the model put messages with them in this category.',
  },
} satisfies Record<string, Translated>
