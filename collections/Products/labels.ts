import type { Translated } from '@/domain/languages'

/** What the admin shows for products, in every language. */
export const labels = {
  singular: { ru: 'Товар', uz: 'Mahsulot', en: 'Product' },
  plural: { ru: 'Товары', uz: 'Mahsulotlar', en: 'Products' },
  group: { ru: 'Каталог', uz: 'Katalog', en: 'Catalog' },
  name: { ru: 'Название', uz: 'Nomi', en: 'Name' },
  sku: { ru: 'Артикул', uz: 'Artikul', en: 'SKU' },
  category: { ru: 'Категория', uz: 'Toifa', en: 'Category' },
  unit: { ru: 'Единица', uz: "O'lchov birligi", en: 'Unit' },
  price: { ru: 'Базовая цена', uz: 'Asosiy narx', en: 'Base price' },
  minQuantity: { ru: 'Минимальное количество', uz: 'Eng kam miqdor', en: 'Minimum quantity' },
  minQuantityDescription: {
    ru: 'Наименьшее количество, которое может заказать клиент.',
    uz: "Mijoz buyurtma qilishi mumkin bo'lgan eng kam miqdor.",
    en: 'The smallest quantity a client may order.',
  },
  description: { ru: 'Описание', uz: 'Tavsif', en: 'Description' },
  photo: { ru: 'Фото', uz: 'Rasm', en: 'Photo' },
  active: { ru: 'В продаже', uz: 'Sotuvda', en: 'Active' },
  sortOrder: { ru: 'Порядок', uz: 'Tartib', en: 'Sort order' },
  inOrders: {
    ru: 'Этот товар есть в заказах ({count}): чтобы прекратить продажу, снимите «В продаже».',
    uz: "Bu mahsulot {count} ta buyurtmada bor: sotishni to'xtatish uchun «Sotuvda» belgisini olib tashlang.",
    en: 'This product is in {count} orders: untick Active to stop selling it.',
  },
} satisfies Record<string, Translated>
