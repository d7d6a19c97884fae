import type { Language } from './languages'

export interface InvoiceLabels {
  summarySheet: string
  summaryTitle: (month: string) => string
  noOrders: (month: string) => string
  invoiceTitle: (number: string, date: string) => string
  period: (first: string, last: string) => string
  seller: string
  buyer: string
  party: {
    name: string
    address: string
    inn: string
    bankAccount: string
    bankName: string
    mfo: string
    vatRegCode: string
  }
  missing: string
  columns: {
    date: string
    order: string
    product: string
    unit: string
    quantity: string
    unitPrice: string
    amount: string
  }
  client: string
  orders: string
  total: string
  grandTotal: string
  currency: (code: string) => string
  act: {
    sheet: string
    title: (first: string, last: string) => string
    columns: { date: string; document: string; debit: string; credit: string; balance: string }
    opening: string
    turnover: string
    closing: string
    /** Which way the balance runs. */
    sign: string
    order: (number: number) => string
    payment: (how: string) => string
    refund: (how: string) => string
    methods: { cash: string; bank_transfer: string; stripe: string }
  }
}

/** Workbook texts in the staff's language (Settings → Telegram → staff language). */
export const INVOICE_LABELS: Record<Language, InvoiceLabels> = {
  ru: {
    summarySheet: 'Сводка',
    summaryTitle: (month) => `Счета за ${month}`,
    noOrders: (month) => `За ${month} нет доставленных или выданных заказов.`,
    invoiceTitle: (number, date) => `Счёт-фактура № ${number} от ${date}`,
    period: (first, last) => `Период: ${first} — ${last}`,
    seller: 'Продавец',
    buyer: 'Покупатель',
    party: {
      name: 'Наименование',
      address: 'Адрес',
      inn: 'ИНН',
      bankAccount: 'Расчётный счёт',
      bankName: 'Банк',
      mfo: 'МФО',
      vatRegCode: 'Рег. код плательщика НДС',
    },
    missing: 'НЕ УКАЗАНО',
    columns: {
      date: 'Дата',
      order: 'Заказ',
      product: 'Товар',
      unit: 'Ед.',
      quantity: 'Кол-во',
      unitPrice: 'Цена',
      amount: 'Сумма',
    },
    client: 'Клиент',
    orders: 'Заказов',
    total: 'Итого',
    grandTotal: 'Всего',
    currency: (code) => `Суммы в ${code === 'UZS' ? 'сумах' : code}`,
    act: {
      sheet: 'Акт сверки',
      title: (first, last) => `Акт сверки взаимных расчётов за период ${first} — ${last}`,
      columns: {
        date: 'Дата',
        document: 'Документ',
        debit: 'Дебет',
        credit: 'Кредит',
        balance: 'Сальдо',
      },
      opening: 'Сальдо на начало периода',
      turnover: 'Обороты за период',
      closing: 'Сальдо на конец периода',
      sign: 'Положительное сальдо — задолженность покупателя, отрицательное — его аванс.',
      order: (number) => `Заказ № ${number}`,
      payment: (how) => `Оплата (${how})`,
      refund: (how) => `Возврат (${how})`,
      methods: { cash: 'наличные', bank_transfer: 'перечисление', stripe: 'карта' },
    },
  },
  uz: {
    summarySheet: 'Jamlanma',
    summaryTitle: (month) => `${month} uchun hisob-fakturalar`,
    noOrders: (month) => `${month} uchun yetkazilgan yoki berilgan buyurtmalar yo'q.`,
    invoiceTitle: (number, date) => `Hisob-faktura № ${number}, ${date}`,
    period: (first, last) => `Davr: ${first} — ${last}`,
    seller: 'Sotuvchi',
    buyer: 'Xaridor',
    party: {
      name: 'Nomi',
      address: 'Manzil',
      inn: 'STIR',
      bankAccount: 'Hisob raqami',
      bankName: 'Bank',
      mfo: 'MFO',
      vatRegCode: "QQS to'lovchi reg. kodi",
    },
    missing: "KO'RSATILMAGAN",
    columns: {
      date: 'Sana',
      order: 'Buyurtma',
      product: 'Mahsulot',
      unit: "O'lchov",
      quantity: 'Miqdor',
      unitPrice: 'Narx',
      amount: 'Summa',
    },
    client: 'Mijoz',
    orders: 'Buyurtmalar',
    total: 'Jami',
    grandTotal: 'Hammasi',
    currency: (code) => `Summalar ${code === 'UZS' ? "so'mda" : code}`,
    act: {
      sheet: 'Solishtirma',
      title: (first, last) =>
        `${first} — ${last} davr uchun o'zaro hisob-kitoblarni solishtirish dalolatnomasi`,
      columns: {
        date: 'Sana',
        document: 'Hujjat',
        debit: 'Debet',
        credit: 'Kredit',
        balance: 'Saldo',
      },
      opening: 'Davr boshiga saldo',
      turnover: 'Davr aylanmasi',
      closing: 'Davr oxiriga saldo',
      sign: 'Musbat saldo — xaridorning qarzi, manfiy — uning avansi.',
      order: (number) => `Buyurtma № ${number}`,
      payment: (how) => `To'lov (${how})`,
      refund: (how) => `Qaytarish (${how})`,
      methods: { cash: 'naqd', bank_transfer: "o'tkazma", stripe: 'karta' },
    },
  },
  en: {
    summarySheet: 'Summary',
    summaryTitle: (month) => `Invoices for ${month}`,
    noOrders: (month) => `No delivered or picked-up orders in ${month}.`,
    invoiceTitle: (number, date) => `Invoice No. ${number} of ${date}`,
    period: (first, last) => `Period: ${first} to ${last}`,
    seller: 'Seller',
    buyer: 'Buyer',
    party: {
      name: 'Name',
      address: 'Address',
      inn: 'INN',
      bankAccount: 'Bank account',
      bankName: 'Bank',
      mfo: 'MFO',
      vatRegCode: 'VAT registration code',
    },
    missing: 'MISSING',
    columns: {
      date: 'Date',
      order: 'Order',
      product: 'Product',
      unit: 'Unit',
      quantity: 'Quantity',
      unitPrice: 'Unit price',
      amount: 'Amount',
    },
    client: 'Client',
    orders: 'Orders',
    total: 'Total',
    grandTotal: 'Grand total',
    currency: (code) => `Amounts in ${code === 'UZS' ? "so'm" : code}`,
    act: {
      sheet: 'Reconciliation',
      title: (first, last) => `Reconciliation statement for ${first} to ${last}`,
      columns: {
        date: 'Date',
        document: 'Document',
        debit: 'Debit',
        credit: 'Credit',
        balance: 'Balance',
      },
      opening: 'Opening balance',
      turnover: 'Turnover for the period',
      closing: 'Closing balance',
      sign: 'A positive balance is owed by the buyer; a negative one is their advance.',
      order: (number) => `Order #${number}`,
      payment: (how) => `Payment (${how})`,
      refund: (how) => `Refund (${how})`,
      methods: { cash: 'cash', bank_transfer: 'bank transfer', stripe: 'card' },
    },
  },
}
