import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import { UNIT_LABELS, UNITS } from '@/domain/units'

/** The catalog's units as the language writes them. */
const unitsIn = (language: AdminLanguage): Record<string, string> =>
  Object.fromEntries(UNITS.map((unit) => [unit, UNIT_LABELS[unit][language]]))

import { INVOICE_LABELS, type InvoiceLabels } from '@/domain/invoiceLabels'

/**
 * The printed documents' texts. The parties, the line columns, "missing" and the currency line
 * are the invoices' own (one wording for the same thing on every paper); the rest is here.
 */
export interface DocumentTexts {
  invoice: InvoiceLabels
  units: Record<string, string>
  toolbar: { print: string; download: string; language: string }
  note: {
    title: (number: number, date: string) => string
    deliveryDate: string
    pickupDate: string
    deliveryAddress: string
    contact: string
    phone: string
    comment: string
    lineNumber: string
    paid: string
    leftToPay: string
    inWords: string
    released: string
    received: string
    signatureHint: string
    cancelled: string
  }
  driver: {
    title: (date: string) => string
    route: string
    noRoute: string
    client: string
    address: string
    phone: string
    handOver: string
    orderTotal: string
    toCollect: string
    signature: string
    routeTotal: string
    load: string
    quantity: string
    empty: (date: string) => string
    released: string
    driver: string
  }
}

export const DOCUMENT_TEXTS: Record<AdminLanguage, DocumentTexts> = {
  ru: {
    invoice: INVOICE_LABELS.ru,
    units: unitsIn('ru'),
    toolbar: { print: 'Печать', download: 'Скачать XLSX', language: 'Язык' },
    note: {
      title: (number, date) => `Накладная № ${number} от ${date}`,
      deliveryDate: 'Дата доставки',
      pickupDate: 'Дата самовывоза',
      deliveryAddress: 'Адрес доставки',
      contact: 'Контактное лицо',
      phone: 'Телефон',
      comment: 'Комментарий',
      lineNumber: '№',
      paid: 'Оплачено',
      leftToPay: 'К оплате',
      inWords: 'Сумма прописью',
      released: 'Отпустил',
      received: 'Получил',
      signatureHint: '(подпись, Ф. И. О.)',
      cancelled: 'ЗАКАЗ ОТМЕНЁН',
    },
    driver: {
      title: (date) => `Маршрутный лист на ${date}`,
      route: 'Маршрут',
      noRoute: 'Без маршрута',
      client: 'Клиент',
      address: 'Адрес',
      phone: 'Телефон',
      handOver: 'Передать',
      orderTotal: 'Сумма заказа',
      toCollect: 'Получить',
      signature: 'Подпись',
      routeTotal: 'Итого по маршруту',
      load: 'Загрузить',
      quantity: 'Кол-во',
      empty: (date) => `На ${date} нет заказов на доставку.`,
      released: 'Отпустил',
      driver: 'Водитель',
    },
  },
  uz: {
    invoice: INVOICE_LABELS.uz,
    units: unitsIn('uz'),
    toolbar: { print: 'Chop etish', download: 'XLSX yuklab olish', language: 'Til' },
    note: {
      title: (number, date) => `Yuk xati № ${number}, ${date}`,
      deliveryDate: 'Yetkazish sanasi',
      pickupDate: 'Olib ketish sanasi',
      deliveryAddress: 'Yetkazish manzili',
      contact: "Mas'ul shaxs",
      phone: 'Telefon',
      comment: 'Izoh',
      lineNumber: '№',
      paid: "To'langan",
      leftToPay: "To'lanishi kerak",
      inWords: 'Summa yozuvda',
      released: 'Topshirdi',
      received: 'Qabul qildi',
      signatureHint: '(imzo, F. I. Sh.)',
      cancelled: 'BUYURTMA BEKOR QILINGAN',
    },
    driver: {
      title: (date) => `Yo'l varaqasi, ${date}`,
      route: "Yo'nalish",
      noRoute: "Yo'nalishsiz",
      client: 'Mijoz',
      address: 'Manzil',
      phone: 'Telefon',
      handOver: 'Topshiriladi',
      orderTotal: 'Buyurtma summasi',
      toCollect: 'Olinadi',
      signature: 'Imzo',
      routeTotal: "Yo'nalish bo'yicha jami",
      load: 'Yuklash',
      quantity: 'Miqdor',
      empty: (date) => `${date} uchun yetkazib berish buyurtmalari yo'q.`,
      released: 'Topshirdi',
      driver: 'Haydovchi',
    },
  },
  en: {
    invoice: INVOICE_LABELS.en,
    units: unitsIn('en'),
    toolbar: { print: 'Print', download: 'Download XLSX', language: 'Language' },
    note: {
      title: (number, date) => `Delivery note No. ${number} of ${date}`,
      deliveryDate: 'Delivery date',
      pickupDate: 'Pickup date',
      deliveryAddress: 'Delivery address',
      contact: 'Contact person',
      phone: 'Phone',
      comment: 'Comment',
      lineNumber: 'No.',
      paid: 'Paid',
      leftToPay: 'Left to pay',
      inWords: 'Amount in words',
      released: 'Released by',
      received: 'Received by',
      signatureHint: '(signature, name)',
      cancelled: 'ORDER CANCELLED',
    },
    driver: {
      title: (date) => `Driver's list for ${date}`,
      route: 'Route',
      noRoute: 'No route',
      client: 'Client',
      address: 'Address',
      phone: 'Phone',
      handOver: 'Hand over',
      orderTotal: 'Order total',
      toCollect: 'To collect',
      signature: 'Signature',
      routeTotal: 'Route total',
      load: 'To load',
      quantity: 'Quantity',
      empty: (date) => `No delivery orders for ${date}.`,
      released: 'Released by',
      driver: 'Driver',
    },
  },
}

/** A unit as the language writes it; a unit the texts do not know is shown as stored. */
export const unitIn = (texts: DocumentTexts, unit: string): string => texts.units[unit] ?? unit
