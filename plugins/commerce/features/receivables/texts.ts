import type { AdminTexts } from '@/admin/i18n/adminLanguages'

/** The receivables' words, in the view, its nav link and the Excel file alike. */
export const RECEIVABLES_TEXTS: AdminTexts<
  | 'title'
  | 'asOf'
  | 'explanation'
  | 'client'
  | 'phone'
  | 'orders'
  | 'days0to30'
  | 'days31to60'
  | 'over60'
  | 'total'
  | 'totals'
  | 'nobody'
  | 'export'
  | 'currency'
  | 'notAllowed'
> = {
  ru: {
    title: 'Дебиторская задолженность',
    asOf: 'на {date}',
    explanation:
      'Доставленные и выданные заказы, оплаченные не полностью, по сроку со дня доставки.',
    client: 'Клиент',
    phone: 'Телефон',
    orders: 'Заказов',
    days0to30: '0–30 дней',
    days31to60: '31–60 дней',
    over60: 'Более 60 дней',
    total: 'Всего',
    totals: 'Итого',
    nobody: 'Никто ничего не должен.',
    export: 'Выгрузить в Excel',
    currency: 'Суммы в сумах',
    notAllowed: 'Этот отчёт доступен менеджерам и администраторам.',
  },
  uz: {
    title: 'Debitorlik qarzlari',
    asOf: '{date} holatiga',
    explanation:
      "Yetkazilgan va topshirilgan, to'liq to'lanmagan buyurtmalar, yetkazilgan kundan beri o'tgan muddat bo'yicha.",
    client: 'Mijoz',
    phone: 'Telefon',
    orders: 'Buyurtmalar',
    days0to30: '0–30 kun',
    days31to60: '31–60 kun',
    over60: '60 kundan ortiq',
    total: 'Jami',
    totals: 'Hammasi',
    nobody: 'Hech kim qarzdor emas.',
    export: 'Excelga yuklab olish',
    currency: "Summalar so'mda",
    notAllowed: 'Bu hisobot menejerlar va administratorlar uchun.',
  },
  en: {
    title: 'Receivables',
    asOf: 'as of {date}',
    explanation: 'Delivered and picked-up orders not fully paid, by days since delivery.',
    client: 'Client',
    phone: 'Phone',
    orders: 'Orders',
    days0to30: '0–30 days',
    days31to60: '31–60 days',
    over60: 'Over 60 days',
    total: 'Total',
    totals: 'All clients',
    nobody: 'Nobody owes anything.',
    export: 'Export to Excel',
    currency: "Amounts in so'm",
    notAllowed: 'This report is for managers and administrators.',
  },
}
