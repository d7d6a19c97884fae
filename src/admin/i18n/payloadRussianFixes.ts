import type { DefaultTranslationsObject } from '@payloadcms/translations'

type General = DefaultTranslationsObject['general']

/**
 * Payload 3.90's Russian drops `{{label}}` from three texts: the list's search box says only
 * "Искать по", an empty relation cell says "Без метки" instead of naming the field, the filter
 * heading names no collection. Merged over Payload's own through the config's
 * `i18n.translations.ru`; tests/unit/adminTranslations.test.ts says when Payload fixes one.
 */
export const ruFixes: { general: Pick<General, 'filterWhere' | 'noLabel' | 'searchBy'> } = {
  general: {
    filterWhere: 'Фильтровать {{label}}, где',
    noLabel: '<Не указано: {{label}}>',
    // Payload appends further fields after it ("…, Телефон или ИНН"), so the label ends it.
    searchBy: 'Искать по: {{label}}',
  },
}
