import type { Field, PayloadRequest, SelectField } from 'payload'
import { MOODS, URGENCIES } from '@/domain/assist/provider'
import { isLanguage } from '@/domain/languages'
import { labels } from './labels'

const readOnly = { readOnly: true } as const

const urgency = (name: string): SelectField => ({
  name,
  label: labels.urgency,
  type: 'select',
  options: URGENCIES.map((value) => ({ label: labels[value], value })),
  admin: readOnly,
})

const mood = (name: string): SelectField => ({
  name,
  label: labels.mood,
  type: 'select',
  options: MOODS.map((value) => ({ label: labels[value], value })),
  admin: readOnly,
})

/** A client's message as the assist read it: written after commit, never by a person. */
export const messageTriageField: Field = {
  name: 'triage',
  label: labels.triage,
  type: 'group',
  admin: readOnly,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'category', label: labels.category, type: 'text', admin: readOnly },
        urgency('urgency'),
        mood('mood'),
        { name: 'provider', label: labels.provider, type: 'text', admin: readOnly },
      ],
    },
    {
      name: 'note',
      label: labels.note,
      type: 'text',
      admin: { ...readOnly, description: labels.noteDescription },
    },
  ],
}

/** The conversation's latest triage, and the priority its list is sorted by. */
export const conversationTriageFields: Field[] = [
  {
    name: 'priority',
    label: labels.priority,
    type: 'number',
    defaultValue: 0,
    index: true,
    admin: { ...readOnly, position: 'sidebar', description: labels.priorityDescription },
  },
  {
    type: 'collapsible',
    label: labels.triage,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'triageCategory', label: labels.category, type: 'text', admin: readOnly },
          urgency('triageUrgency'),
          mood('triageMood'),
          { name: 'triageProvider', label: labels.provider, type: 'text', admin: readOnly },
        ],
      },
      {
        name: 'priorityAnnouncedAt',
        label: labels.announcedAt,
        type: 'date',
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]

/** Settings → Support assists: on or off, and the categories a message is put in. */
export const assistSettingsFields: Field = {
  type: 'collapsible',
  label: labels.settings,
  admin: { initCollapsed: true },
  fields: [
    {
      name: 'assistsEnabled',
      label: labels.enabled,
      type: 'checkbox',
      // Off until a manager turns it on: each triage line takes a place in the group's 20 a minute.
      defaultValue: false,
      admin: { description: labels.enabledDescription },
    },
    {
      name: 'assistCategories',
      label: labels.categories,
      labels: {
        singular: { ru: 'Категория', uz: 'Toifa', en: 'Category' },
        plural: { ru: 'Категории', uz: 'Toifalar', en: 'Categories' },
      },
      type: 'array',
      admin: { description: labels.categoriesDescription, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              label: labels.key,
              type: 'text',
              required: true,
              validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
                /^[a-z][a-z0-9_]{0,31}$/.test(value ?? '') ||
                labels.keyInvalid[isLanguage(req.i18n?.language) ? req.i18n.language : 'en'],
            },
            { name: 'labelRu', label: labels.labelRu, type: 'text', required: true },
            { name: 'labelUz', label: labels.labelUz, type: 'text', required: true },
            { name: 'labelEn', label: labels.labelEn, type: 'text', required: true },
          ],
        },
        {
          name: 'keywords',
          label: labels.keywords,
          type: 'text',
          admin: { description: labels.keywordsDescription },
        },
      ],
    },
  ],
}
