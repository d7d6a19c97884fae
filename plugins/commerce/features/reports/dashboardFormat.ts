import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import type { DayRange } from '@/domain/reportPeriods'

/*
 * Dates, numbers and durations as each admin language writes them, from our own tables rather
 * than the runtime's locale data: the server's Node and the manager's browser then print the very
 * same characters, and the page hydrates in any browser (a Russian browser's own formats broke the
 * order page once).
 */

const MONTHS: Record<AdminLanguage, string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  uz: [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avgust',
    'sentabr',
    'oktabr',
    'noyabr',
    'dekabr',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

const parts = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return { year, month, date }
}

/** `2 декабря 2026`, `2-dekabr 2026`, `2 December 2026`; without the year when `withYear` is false. */
export function formatDay(day: string, language: AdminLanguage, withYear = true): string {
  const { year, month, date } = parts(day)
  const name = MONTHS[language][month - 1]
  const dayAndMonth = language === 'uz' ? `${date}-${name}` : `${date} ${name}`
  return withYear ? `${dayAndMonth} ${year}` : dayAndMonth
}

/** `02.12` in Russian and Uzbek, `2 Dec` in English: the chart's axis. */
export function formatShortDay(day: string, language: AdminLanguage): string {
  const { month, date } = parts(day)
  if (language === 'en') return `${date} ${MONTHS.en[month - 1].slice(0, 3)}`
  return `${String(date).padStart(2, '0')}.${String(month).padStart(2, '0')}`
}

/** `1–3 декабря`, `28 ноября – 3 декабря`, or one day alone; no years, the dashboard's are near. */
export function formatRange({ first, last }: DayRange, language: AdminLanguage): string {
  if (first === last) return formatDay(first, language, false)
  const sameMonth = first.slice(0, 7) === last.slice(0, 7)
  if (sameMonth) return `${parts(first).date}–${formatDay(last, language, false)}`
  return `${formatDay(first, language, false)} – ${formatDay(last, language, false)}`
}

/** Whole numbers with a space between thousands, as the money is shown: `12 500`. */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : ''
  return `${sign}${String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`
}

/** A quantity, whole or to two decimals, with the language's decimal mark: `12 500`, `2,5`. */
export function formatQuantity(value: number, language: AdminLanguage): string {
  const [whole, fraction] = Math.abs(value).toFixed(2).split('.')
  const grouped = formatCount((value < 0 ? -1 : 1) * Number(whole))
  const kept = fraction.replace(/0+$/, '')
  return kept ? `${grouped}${language === 'en' ? '.' : ','}${kept}` : grouped
}

const decimal = (value: number, digits: number, language: AdminLanguage) => {
  const text = value.toFixed(digits)
  return language === 'en' ? text : text.replace('.', ',')
}

/** `+12.5%` in English, `+12,5%` in Russian and Uzbek; one decimal under 10 %, whole above. */
export function formatChange(ratio: number, language: AdminLanguage): string {
  const percent = ratio * 100
  const digits = Math.abs(percent) < 10 ? 1 : 0
  if (Number(Math.abs(percent).toFixed(digits)) === 0) return '0%'
  return `${percent > 0 ? '+' : '−'}${decimal(Math.abs(percent), digits, language)}%`
}

const SCALE: Record<AdminLanguage, [string, string, string]> = {
  ru: [' тыс.', ' млн', ' млрд'],
  uz: [' ming', ' mln', ' mlrd'],
  en: ['K', 'M', 'B'],
}

/** An amount in so'm kept short for an axis: `850 тыс.`, `1,2 млн`, `1.2M`. */
export function formatCompact(value: number, language: AdminLanguage): string {
  const size = Math.abs(value)
  const [thousand, million, billion] = SCALE[language]
  const scaled = (divisor: number, suffix: string) => {
    const v = value / divisor
    return `${decimal(v, Math.abs(v) < 10 && v % 1 !== 0 ? 1 : 0, language)}${suffix}`
  }
  if (size >= 1e9) return scaled(1e9, billion)
  if (size >= 1e6) return scaled(1e6, million)
  if (size >= 1e3) return scaled(1e3, thousand)
  return formatCount(value)
}

const DURATION: Record<AdminLanguage, { s: string; min: string; h: string; d: string }> = {
  ru: { s: 'с', min: 'мин', h: 'ч', d: 'дн' },
  uz: { s: 'son', min: 'daq', h: 'soat', d: 'kun' },
  en: { s: 's', min: 'min', h: 'h', d: 'd' },
}

/** A wait in the two largest units that matter: `45 s`, `12 min`, `1 h 5 min`, `2 d 3 h`. */
export function formatDuration(ms: number, language: AdminLanguage): string {
  const unit = DURATION[language]
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} ${unit.s}`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} ${unit.min}`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} ${unit.h}${minutes % 60 ? ` ${minutes % 60} ${unit.min}` : ''}`
  const days = Math.floor(hours / 24)
  return `${days} ${unit.d}${hours % 24 ? ` ${hours % 24} ${unit.h}` : ''}`
}

const UNITS: Record<AdminLanguage, Record<string, string>> = {
  ru: { pcs: 'шт', kg: 'кг', box: 'кор.' },
  uz: { pcs: 'dona', kg: 'kg', box: 'quti' },
  en: { pcs: 'pcs', kg: 'kg', box: 'box' },
}

/** A product's unit as the language writes it; an unknown one as stored. */
export const unitLabel = (unit: string, language: AdminLanguage): string =>
  UNITS[language][unit] ?? unit
