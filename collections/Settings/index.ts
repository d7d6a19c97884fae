import { languageOptions } from '@collections/fields/languageOptions'
import { moneyField } from '@collections/fields/money'
import { validatedText } from '@collections/fields/validated'
import type { GlobalConfig } from 'payload'
import {
  bankAccountSchema,
  checkField,
  innSchema,
  mfoSchema,
  timeOfDaySchema,
  vatCodeSchema,
} from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'

export const Settings: GlobalConfig = {
  slug: 'settings',
  admin: { group: 'Settings' },
  access: { read: staff, update: managers },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Seller',
          description: 'Your own legal details, printed on every invoice.',
          fields: [
            { name: 'sellerName', type: 'text', label: 'Legal name' },
            {
              type: 'row',
              fields: [
                validatedText('sellerInn', innSchema, { label: 'INN' }),
                validatedText('sellerVatRegCode', vatCodeSchema, {
                  label: 'VAT registration code',
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                validatedText('sellerBankAccount', bankAccountSchema, { label: 'Bank account' }),
                validatedText('sellerMfo', mfoSchema, { label: 'MFO' }),
              ],
            },
            { name: 'sellerBankName', type: 'text', label: 'Bank name' },
            { name: 'sellerAddress', type: 'textarea', label: 'Legal address' },
          ],
        },
        {
          label: 'Orders',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'currency',
                  type: 'text',
                  required: true,
                  defaultValue: 'UZS',
                  maxLength: 3,
                },
                {
                  name: 'timezone',
                  type: 'text',
                  required: true,
                  defaultValue: 'Asia/Tashkent',
                  validate: (value: string | null | undefined) => {
                    try {
                      new Intl.DateTimeFormat('en', { timeZone: value ?? '' })
                      return true
                    } catch {
                      return 'Enter an IANA time zone such as Asia/Tashkent'
                    }
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'orderCutoffTime',
                  type: 'text',
                  defaultValue: '18:00',
                  admin: { description: 'After this time an order can no longer be for today.' },
                  validate: (value: string | null | undefined) =>
                    checkField(timeOfDaySchema, value),
                },
                {
                  name: 'deliveryDaysAhead',
                  type: 'number',
                  defaultValue: 7,
                  min: 1,
                  max: 60,
                  admin: { description: 'How many days ahead clients may order.' },
                },
              ],
            },
            moneyField({
              name: 'minOrderAmount',
              label: 'Minimum order amount',
              description: 'Zero for none.',
            }),
            {
              name: 'onlinePayment',
              type: 'select',
              defaultValue: 'off',
              options: [
                { label: 'Off: clients pay by cash or bank transfer', value: 'off' },
                { label: 'Card, once staff accept the order', value: 'after_accept' },
                { label: 'Card, before the order is prepared (prepayment)', value: 'prepay' },
              ],
              admin: {
                description: 'Card payments need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.',
              },
            },
            {
              name: 'newClientStatus',
              type: 'select',
              defaultValue: 'active',
              options: [
                { label: 'Active: may order at once', value: 'active' },
                { label: 'Pending: staff approve first', value: 'pending' },
              ],
            },
          ],
        },
        {
          label: 'Telegram',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'adminChatId',
                  type: 'number',
                  admin: { description: 'Staff chat for order cards and reports.' },
                },
                {
                  name: 'supportGroupId',
                  type: 'number',
                  admin: { description: 'Supergroup with topics for support.' },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'morningReportTime',
                  type: 'text',
                  defaultValue: '08:00',
                  admin: {
                    description:
                      'When the day’s summary goes to the staff chat, in the time zone above.',
                  },
                  validate: (value: string | null | undefined) =>
                    checkField(timeOfDaySchema, value),
                },
                {
                  name: 'staffLanguage',
                  type: 'select',
                  defaultValue: 'ru',
                  options: languageOptions,
                  admin: {
                    description: 'The language of order cards and summaries in the staff chat.',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
