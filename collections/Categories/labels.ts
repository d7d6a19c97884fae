import type { Translated } from '@/domain/languages'

/** What the admin shows for categories, in every language. */
export const labels = {
  singular: { ru: 'Категория', uz: 'Toifa', en: 'Category' },
  plural: { ru: 'Категории', uz: 'Toifalar', en: 'Categories' },
  group: { ru: 'Каталог', uz: 'Katalog', en: 'Catalog' },
  name: { ru: 'Название', uz: 'Nomi', en: 'Name' },
  sortOrder: { ru: 'Порядок', uz: 'Tartib', en: 'Sort order' },
  active: { ru: 'В продаже', uz: 'Sotuvda', en: 'Active' },
  products: { ru: 'Товары', uz: 'Mahsulotlar', en: 'Products' },
  stillUsed: {
    ru: 'В этой категории товаров: {count}. Сначала перенесите их или снимите «В продаже».',
    uz: "Bu toifada {count} ta mahsulot bor: avval ularni ko'chiring yoki «Sotuvda» belgisini olib tashlang.",
    en: 'This category has {count} products: move them first, or untick Active.',
  },
} satisfies Record<string, Translated>
