import { languageOptions } from '@collections/fields/languageOptions'
import { validatedText } from '@collections/fields/validated'
import type { CollectionConfig } from 'payload'
import {
  bankAccountSchema,
  innSchema,
  mfoSchema,
  uzPhoneSchema,
  vatCodeSchema,
} from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { deleteDependents, refuseDeleteWhileUsed } from '@/shared/deletion'
import { normalizeContactDetails } from './hooks/normalizeContactDetails'
import { labels } from './labels'

export const Clients: CollectionConfig = {
  slug: 'clients',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contactName', 'phone', 'inn', 'status', 'language'],
    listSearchableFields: ['name', 'contactName', 'inn', 'phone', 'telegramUsername'],
    group: labels.group,
  },
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeChange: [normalizeContactDetails],
    beforeDelete: [
      refuseDeleteWhileUsed('orders', 'client', labels.hasOrders),
      refuseDeleteWhileUsed('conversations', 'client', labels.hasConversation),
      deleteDependents('client-prices', 'client'),
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: labels.contactTab,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: labels.name },
                {
                  name: 'kind',
                  label: labels.kind,
                  type: 'select',
                  defaultValue: 'business',
                  options: [
                    { label: labels.business, value: 'business' },
                    { label: labels.individual, value: 'individual' },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'contactName', type: 'text', label: labels.contactName },
                validatedText('phone', uzPhoneSchema, {
                  label: labels.phone,
                  index: true,
                  admin: { placeholder: '+998 90 123 45 67' },
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'status',
                  label: labels.status,
                  type: 'select',
                  defaultValue: 'active',
                  options: [
                    { label: labels.pending, value: 'pending' },
                    { label: labels.active, value: 'active' },
                    { label: labels.blocked, value: 'blocked' },
                  ],
                },
                {
                  name: 'language',
                  label: labels.language,
                  type: 'select',
                  defaultValue: 'ru',
                  options: languageOptions,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'telegramId',
                  label: labels.telegramId,
                  type: 'number',
                  unique: true,
                  index: true,
                  admin: { readOnly: true },
                },
                {
                  name: 'telegramUsername',
                  label: labels.telegramUsername,
                  type: 'text',
                  index: true,
                  admin: { placeholder: labels.withoutAt },
                },
              ],
            },
            { name: 'deliveryAddress', label: labels.deliveryAddress, type: 'textarea' },
            { name: 'notes', label: labels.notes, type: 'textarea' },
          ],
        },
        {
          label: labels.legalTab,
          fields: [
            {
              type: 'row',
              fields: [
                validatedText('inn', innSchema, {
                  label: labels.inn,
                  index: true,
                  admin: { placeholder: labels.nineDigits },
                }),
                validatedText('vatRegCode', vatCodeSchema, {
                  label: labels.vatRegCode,
                  admin: { placeholder: labels.vatPlaceholder },
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                validatedText('bankAccount', bankAccountSchema, {
                  label: labels.bankAccount,
                  admin: { placeholder: labels.twentyDigits },
                }),
                validatedText('mfo', mfoSchema, {
                  label: labels.mfo,
                  admin: { placeholder: labels.fiveDigits },
                }),
              ],
            },
            { name: 'bankName', label: labels.bankName, type: 'text' },
            { name: 'legalAddress', label: labels.legalAddress, type: 'textarea' },
          ],
        },
        {
          label: labels.pricesTab,
          description: labels.pricesTabDescription,
          fields: [
            {
              name: 'prices',
              label: labels.prices,
              type: 'join',
              collection: 'client-prices',
              on: 'client',
              admin: { defaultColumns: ['product', 'price'] },
            },
          ],
        },
        {
          label: labels.ordersTab,
          fields: [
            {
              name: 'orders',
              label: labels.orders,
              type: 'join',
              collection: 'orders',
              on: 'client',
              defaultSort: '-number',
              admin: {
                defaultColumns: ['number', 'status', 'deliveryDate', 'total', 'paymentStatus'],
              },
            },
          ],
        },
      ],
    },
  ],
}
