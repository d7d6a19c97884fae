import { moneyField } from '@collections/fields/money'
import type { CollectionConfig, Field } from 'payload'
import type { Translated } from '@/domain/languages'
import { managers, staff } from '@/shared/access/roles'
import { refuseDeleteWhileUsed } from '@/shared/deletion'
import { labels } from '../labels'
import { markFilePremium } from '../premium/markFilePremium'
import { wholeNumber } from './wholeNumber'

const BOUGHT: Translated = {
  ru: 'Этот материал уже купили ({count}): снимите его с продажи вместо удаления',
  uz: "Bu materialni allaqachon sotib olishgan ({count}): o'chirish o'rniga sotuvdan oling",
  en: 'This content was bought ({count}): take it off sale instead of deleting it',
}

const priceFields: Field[] = [
  {
    type: 'row',
    fields: [
      wholeNumber({ name: 'priceStars', label: labels.priceStars, required: true }, 1, 100_000),
      moneyField({
        name: 'priceCard',
        label: labels.priceCard,
        description: labels.priceCardDescription,
      }),
      { name: 'active', label: labels.active, type: 'checkbox', defaultValue: true },
    ],
  },
]

const access = { read: staff, create: managers, update: managers, delete: managers }

/** What a client can buy credits in: `/buy`, `/buy10`. */
export function creditPackagesCollection(): CollectionConfig {
  return {
    slug: 'credit-packages',
    labels: { singular: labels.package, plural: labels.packages },
    admin: {
      group: labels.group,
      useAsTitle: 'name',
      defaultColumns: ['name', 'credits', 'bonus', 'priceStars', 'active'],
    },
    access,
    defaultSort: 'credits',
    fields: [
      { name: 'name', label: labels.name, type: 'text', required: true, maxLength: 60 },
      {
        type: 'row',
        fields: [
          wholeNumber(
            { name: 'credits', label: labels.credits, required: true, unique: true },
            1,
            1_000_000,
          ),
          wholeNumber({ name: 'bonus', label: labels.bonus, defaultValue: 0 }, 0, 1_000_000),
        ],
      },
      ...priceFields,
    ],
  }
}

/** Unlimited support messages for a while: `/pass`. */
export function passesCollection(): CollectionConfig {
  return {
    slug: 'passes',
    labels: { singular: labels.pass, plural: labels.passes },
    admin: {
      group: labels.group,
      useAsTitle: 'name',
      defaultColumns: ['name', 'hours', 'priceStars', 'active'],
    },
    access,
    defaultSort: 'hours',
    fields: [
      { name: 'name', label: labels.name, type: 'text', required: true, maxLength: 60 },
      wholeNumber({ name: 'hours', label: labels.hours, required: true }, 1, 24 * 366),
      ...priceFields,
    ],
  }
}

/** A photo, video or document a client pays once to receive: `/premium`. */
export function premiumContentCollection(): CollectionConfig {
  return {
    slug: 'premium-content',
    labels: { singular: labels.premium, plural: labels.premiums },
    admin: {
      group: labels.group,
      useAsTitle: 'title',
      defaultColumns: ['title', 'file', 'priceStars', 'active'],
    },
    access,
    hooks: {
      beforeChange: [markFilePremium],
      beforeDelete: [refuseDeleteWhileUsed('unlocks', 'content', BOUGHT)],
    },
    fields: [
      { name: 'title', label: labels.title, type: 'text', required: true, maxLength: 60 },
      { name: 'description', label: labels.description, type: 'textarea', maxLength: 255 },
      { name: 'file', label: labels.file, type: 'upload', relationTo: 'media', required: true },
      ...priceFields,
    ],
  }
}

/** Who paid for which premium content: paid once, theirs to open again. */
export function unlocksCollection(): CollectionConfig {
  return {
    slug: 'unlocks',
    labels: { singular: labels.unlock, plural: labels.unlocks },
    admin: {
      group: labels.group,
      defaultColumns: ['createdAt', 'client', 'content', 'transaction'],
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    indexes: [{ fields: ['client', 'content'], unique: true }],
    fields: [
      {
        name: 'client',
        label: labels.client,
        type: 'relationship',
        relationTo: 'clients',
        required: true,
      },
      {
        name: 'content',
        label: labels.content,
        type: 'relationship',
        relationTo: 'premium-content',
        required: true,
      },
      {
        name: 'transaction',
        label: labels.transaction,
        type: 'relationship',
        relationTo: 'transactions',
      },
    ],
  }
}
