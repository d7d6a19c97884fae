import type { Language } from '@/domain/languages'

/** The pick list's words, in every language the admin speaks. */
export const PICK_TEXTS: Record<
  Language,
  {
    title: (day: string) => string
    warehouse: string
    sku: string
    product: string
    quantity: string
    unit: string
    orders: string
    ordersCount: (n: number) => string
    empty: string
    print: string
    download: string
    picked: string
  }
> = {
  ru: {
    title: (day) => `Лист сборки на ${day}`,
    warehouse: 'Склад',
    sku: 'Артикул',
    product: 'Товар',
    quantity: 'Кол-во',
    unit: 'Ед.',
    orders: 'Заказы',
    ordersCount: (n) => `Заказов: ${n}`,
    empty: 'На этот день собирать нечего.',
    print: 'Печать',
    download: 'Скачать Excel',
    picked: 'Собрано',
  },
  uz: {
    title: (day) => `${day} uchun yig'ish varaqasi`,
    warehouse: 'Ombor',
    sku: 'Artikul',
    product: 'Mahsulot',
    quantity: 'Miqdor',
    unit: 'Birlik',
    orders: 'Buyurtmalar',
    ordersCount: (n) => `Buyurtmalar: ${n}`,
    empty: "Bu kunga yig'iladigan narsa yo'q.",
    print: 'Chop etish',
    download: 'Excel yuklab olish',
    picked: "Yig'ildi",
  },
  en: {
    title: (day) => `Pick list for ${day}`,
    warehouse: 'Warehouse',
    sku: 'SKU',
    product: 'Product',
    quantity: 'Qty',
    unit: 'Unit',
    orders: 'Orders',
    ordersCount: (n) => `Orders: ${n}`,
    empty: 'Nothing to pick on this day.',
    print: 'Print',
    download: 'Download Excel',
    picked: 'Picked',
  },
}
