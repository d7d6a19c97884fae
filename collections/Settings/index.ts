import { languageOptions } from '@collections/fields/languageOptions'
import { moneyField } from '@collections/fields/money'
import { validatedText } from '@collections/fields/validated'
import type { GlobalConfig, PayloadRequest } from 'payload'
import { DEFAULT_ADMIN_LANGUAGE } from '@/domain/languages'
import {
  bankAccountSchema,
  checkField,
  innSchema,
  mfoSchema,
  timeOfDaySchema,
  vatCodeSchema,
} from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { requestLanguage } from '@/shared/requestLanguage'
import { labels } from './labels'

export const Settings: GlobalConfig = {
  slug: 'settings',
  label: labels.global,
  admin: { group: labels.group },
  access: { read: staff, update: managers },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: labels.sellerTab,
          description: labels.sellerTabDescription,
          fields: [
            { name: 'sellerName', type: 'text', label: labels.sellerName },
            {
              type: 'row',
              fields: [
                validatedText('sellerInn', innSchema, { label: labels.inn }),
                validatedText('sellerVatRegCode', vatCodeSchema, { label: labels.vatRegCode }),
              ],
            },
            {
              type: 'row',
              fields: [
                validatedText('sellerBankAccount', bankAccountSchema, {
                  label: labels.bankAccount,
                }),
                validatedText('sellerMfo', mfoSchema, { label: labels.mfo }),
              ],
            },
            { name: 'sellerBankName', type: 'text', label: labels.bankName },
            { name: 'sellerAddress', type: 'textarea', label: labels.address },
          ],
        },
        {
          label: labels.ordersTab,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'currency',
                  label: labels.currency,
                  type: 'text',
                  required: true,
                  defaultValue: 'UZS',
                  maxLength: 3,
                },
                {
                  name: 'timezone',
                  label: labels.timezone,
                  type: 'text',
                  required: true,
                  defaultValue: 'Asia/Tashkent',
                  validate: (
                    value: string | null | undefined,
                    { req }: { req: PayloadRequest },
                  ) => {
                    try {
                      new Intl.DateTimeFormat('en', { timeZone: value ?? '' })
                      return true
                    } catch {
                      return labels.badTimezone[requestLanguage(req)]
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
                  label: labels.orderCutoffTime,
                  type: 'text',
                  defaultValue: '18:00',
                  admin: { description: labels.orderCutoffTimeDescription },
                  validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
                    checkField(timeOfDaySchema, value, requestLanguage(req)),
                },
                {
                  name: 'deliveryDaysAhead',
                  label: labels.deliveryDaysAhead,
                  type: 'number',
                  defaultValue: 7,
                  min: 1,
                  max: 60,
                  admin: { description: labels.deliveryDaysAheadDescription },
                },
              ],
            },
            moneyField({
              name: 'minOrderAmount',
              label: labels.minOrderAmount,
              description: labels.minOrderAmountDescription,
            }),
            {
              name: 'onlinePayment',
              label: labels.onlinePayment,
              type: 'select',
              defaultValue: 'off',
              options: [
                { label: labels.onlinePaymentOff, value: 'off' },
                { label: labels.onlinePaymentAfterAccept, value: 'after_accept' },
                { label: labels.onlinePaymentPrepay, value: 'prepay' },
              ],
              admin: { description: labels.onlinePaymentDescription },
            },
            {
              name: 'newClientStatus',
              label: labels.newClientStatus,
              type: 'select',
              defaultValue: 'active',
              options: [
                { label: labels.newClientActive, value: 'active' },
                { label: labels.newClientPending, value: 'pending' },
              ],
            },
          ],
        },
        {
          label: labels.telegramTab,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'adminChatId',
                  label: labels.adminChatId,
                  type: 'number',
                  admin: { description: labels.adminChatIdDescription },
                },
                {
                  name: 'supportGroupId',
                  label: labels.supportGroupId,
                  type: 'number',
                  admin: { description: labels.supportGroupIdDescription },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'morningReportTime',
                  label: labels.morningReportTime,
                  type: 'text',
                  defaultValue: '08:00',
                  admin: { description: labels.morningReportTimeDescription },
                  validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
                    checkField(timeOfDaySchema, value, requestLanguage(req)),
                },
                {
                  name: 'staffLanguage',
                  label: labels.staffLanguage,
                  type: 'select',
                  defaultValue: 'ru',
                  options: languageOptions,
                  admin: { description: labels.staffLanguageDescription },
                },
              ],
            },
          ],
        },
        {
          label: labels.adminTab,
          fields: [
            {
              name: 'adminLanguage',
              label: labels.adminLanguage,
              type: 'select',
              required: true,
              defaultValue: DEFAULT_ADMIN_LANGUAGE,
              options: languageOptions,
              admin: { description: labels.adminLanguageDescription },
            },
          ],
        },
      ],
    },
  ],
}
