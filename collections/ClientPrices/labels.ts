import type { Translated } from '@/domain/languages'

/** What the admin shows for negotiated prices, in every language. */
export const labels = {
  singular: { ru: 'Цена клиента', uz: 'Mijoz narxi', en: 'Client price' },
  plural: { ru: 'Цены клиентов', uz: 'Mijozlar narxlari', en: 'Client prices' },
  group: { ru: 'Продажи', uz: 'Savdo', en: 'Sales' },
  description: {
    ru: 'Договорная цена заменяет базовую цену для одного клиента и одного товара.',
    uz: "Kelishilgan narx bitta mijoz va bitta mahsulot uchun asosiy narx o'rnini bosadi.",
    en: 'A negotiated price replaces the base price for one client and one product.',
  },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  product: { ru: 'Товар', uz: 'Mahsulot', en: 'Product' },
  price: { ru: 'Договорная цена', uz: 'Kelishilgan narx', en: 'Negotiated price' },
  duplicate: {
    ru: 'У этого клиента уже есть цена на этот товар: измените её.',
    uz: "Bu mijozda ushbu mahsulot uchun narx allaqachon bor: o'shani tahrirlang.",
    en: 'This client already has a price for this product: edit that one instead.',
  },
} satisfies Record<string, Translated>
