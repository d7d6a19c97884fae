import type { Translated } from '@/domain/languages'

/** What the admin shows for photos, in every language. */
export const labels = {
  singular: { ru: 'Фото', uz: 'Rasm', en: 'Photo' },
  plural: { ru: 'Фото', uz: 'Rasmlar', en: 'Photos' },
  group: { ru: 'Каталог', uz: 'Katalog', en: 'Catalog' },
  alt: { ru: 'Описание фото', uz: 'Rasm tavsifi', en: 'Alt text' },
  altDescription: {
    ru: 'Что на фото, для тех, кто его не видит (читают экранные дикторы).',
    uz: "Rasmda nima borligi, uni ko'ra olmaydiganlar uchun (ekran o'quvchilari o'qiydi).",
    en: 'What the photo shows, for those who cannot see it (screen readers read it).',
  },
  premium: { ru: 'Платный материал', uz: 'Pullik material', en: 'Premium content' },
  premiumDescription: {
    ru: 'Файл продаётся: его видят только сотрудники и купившие (через бота).',
    uz: "Fayl sotiladi: uni faqat xodimlar va sotib olganlar (bot orqali) ko'radi.",
    en: 'The file is sold: only staff see it, and buyers get it through the bot.',
  },
  tooLarge: {
    ru: 'Файл слишком большой: не больше {limit} МБ.',
    uz: 'Fayl juda katta: {limit} MB dan oshmasin.',
    en: 'The file is too large: at most {limit} MB.',
  },
} satisfies Record<string, Translated>
