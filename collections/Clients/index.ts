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

export const Clients: CollectionConfig = {
  slug: 'clients',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contactName', 'phone', 'inn', 'status', 'language'],
    listSearchableFields: ['name', 'contactName', 'inn', 'phone', 'telegramUsername'],
    group: 'Sales',
  },
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeChange: [normalizeContactDetails],
    beforeDelete: [
      refuseDeleteWhileUsed(
        'orders',
        'client',
        'This client has {count} orders: set its status to Blocked instead.',
      ),
      refuseDeleteWhileUsed(
        'conversations',
        'client',
        'This client has a support conversation: set its status to Blocked instead.',
      ),
      deleteDependents('client-prices', 'client'),
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Contact',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: 'Organisation or person' },
                {
                  name: 'kind',
                  type: 'select',
                  defaultValue: 'business',
                  options: [
                    { label: 'Business', value: 'business' },
                    { label: 'Individual', value: 'individual' },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'contactName', type: 'text', label: 'Contact person' },
                validatedText('phone', uzPhoneSchema, {
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
                  type: 'select',
                  defaultValue: 'active',
                  options: [
                    { label: 'Pending approval', value: 'pending' },
                    { label: 'Active', value: 'active' },
                    { label: 'Blocked', value: 'blocked' },
                  ],
                },
                {
                  name: 'language',
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
                  type: 'number',
                  unique: true,
                  index: true,
                  admin: { readOnly: true },
                },
                {
                  name: 'telegramUsername',
                  type: 'text',
                  index: true,
                  admin: { placeholder: 'without @' },
                },
              ],
            },
            { name: 'deliveryAddress', type: 'textarea' },
            { name: 'notes', type: 'textarea' },
          ],
        },
        {
          label: 'Legal details',
          fields: [
            {
              type: 'row',
              fields: [
                validatedText('inn', innSchema, {
                  label: 'INN',
                  index: true,
                  admin: { placeholder: '9 digits' },
                }),
                validatedText('vatRegCode', vatCodeSchema, {
                  label: 'VAT registration code',
                  admin: { placeholder: '12 digits, if registered' },
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                validatedText('bankAccount', bankAccountSchema, {
                  admin: { placeholder: '20 digits' },
                }),
                validatedText('mfo', mfoSchema, {
                  label: 'MFO',
                  admin: { placeholder: '5 digits' },
                }),
              ],
            },
            { name: 'bankName', type: 'text' },
            { name: 'legalAddress', type: 'textarea' },
          ],
        },
        {
          label: 'Prices',
          description: 'Negotiated prices. Products not listed here are sold at their base price.',
          fields: [
            {
              name: 'prices',
              type: 'join',
              collection: 'client-prices',
              on: 'client',
              admin: { defaultColumns: ['product', 'price'] },
            },
          ],
        },
        {
          label: 'Orders',
          fields: [
            {
              name: 'orders',
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
