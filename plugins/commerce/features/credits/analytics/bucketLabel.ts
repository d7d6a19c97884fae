import type { AdminLanguage } from '@/admin/i18n/adminLanguages'

const MONTHS: Record<AdminLanguage, string[]> = {
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  uz: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

export type BucketUnit = 'days' | 'weeks' | 'months'

/**
 * A bucket of the Stars chart by its first day (`YYYY-MM-DD`): `10.03` or `10 Mar` for a day or a
 * week (its Monday), `мар 2037` for a month; with the year when `long` (the tooltip). Written from
 * our own tables so the server and the browser print the same characters.
 */
export function bucketLabel(
  start: string,
  unit: BucketUnit,
  language: AdminLanguage,
  long = false,
): string {
  const [year, month, day] = start.split('-').map(Number)
  const name = MONTHS[language][month - 1]
  if (unit === 'months') return `${name} ${year}`
  const short =
    language === 'en'
      ? `${day} ${name}`
      : `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`
  return long ? `${short}${language === 'en' ? ' ' : '.'}${year}` : short
}
