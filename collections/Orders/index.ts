import { moneyField } from '@collections/fields/money'
import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import { MAX_ADDRESS, MAX_COMMENT } from '@/domain/orderDraft'
import { MAX_ORDER_LINES } from '@/domain/orderInput'
import { FULFILLMENTS, ORDER_SOURCES, ORDER_STATUSES, STATUS_LABELS } from '@/domain/orderWorkflow'
import { leftToPay, PAYMENT_STATUSES } from '@/domain/payments'
import { checkField, freeTextSchema } from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { prepareOrder } from './hooks/prepareOrder'
import { refuseDeletingSettledOrder } from './hooks/refuseDeletingSettledOrder'
import { pricePreviewEndpoint } from './pricePreviewEndpoint'

/** Shown once the order exists: number and history are written by the server on save. */
const saved = (data: Partial<{ number: number | null }>) => Boolean(data?.number)

export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'number',
      'client',
      'status',
      'fulfillment',
      'deliveryDate',
      'total',
      'paymentStatus',
    ],
    listSearchableFields: ['title', 'comment'],
    group: 'Sales',
  },
  defaultSort: '-number',
  endpoints: [pricePreviewEndpoint],
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeChange: [prepareOrder],
    beforeDelete: [refuseDeletingSettledOrder],
  },
  fields: [
    { name: 'title', label: 'Number and client', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          unique: true,
          index: true,
          admin: { readOnly: true, condition: saved },
        },
        {
          name: 'client',
          type: 'relationship',
          relationTo: 'clients',
          required: true,
          index: true,
        },
      ],
    },
    {
      name: 'items',
      label: 'Lines',
      labels: { singular: 'Line', plural: 'Lines' },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: MAX_ORDER_LINES,
      admin: {
        initCollapsed: false,
        components: { RowLabel: '/src/admin/OrderLineLabel#OrderLineLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'product', type: 'relationship', relationTo: 'products', required: true },
            { name: 'quantity', type: 'number', required: true, min: 1, admin: { step: 1 } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'productName', type: 'text', admin: { readOnly: true } },
            { name: 'unit', type: 'text', admin: { readOnly: true } },
            moneyField({ name: 'unitPrice', label: 'Unit price', readOnly: true }),
            moneyField({ name: 'lineTotal', label: 'Line total', readOnly: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField({
          name: 'total',
          readOnly: true,
          description: 'Computed from the lines on save.',
        }),
        {
          name: 'currency',
          type: 'text',
          defaultValue: 'UZS',
          maxLength: 3,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fulfillment',
          type: 'select',
          required: true,
          defaultValue: 'delivery',
          options: optionsOf(FULFILLMENTS),
          admin: { isClearable: false },
        },
        {
          name: 'deliveryDate',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
      ],
    },
    {
      name: 'deliveryAddress',
      type: 'textarea',
      validate: (value: unknown) => checkField(freeTextSchema(MAX_ADDRESS), value),
    },
    {
      name: 'comment',
      type: 'textarea',
      validate: (value: unknown) => checkField(freeTextSchema(MAX_COMMENT), value),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: ORDER_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
      admin: {
        position: 'sidebar',
        isClearable: false,
        components: { Field: '/src/admin/StatusSelect#StatusSelect' },
      },
    },
    {
      name: 'workflow',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/admin/OrderWorkflow#OrderWorkflow' },
      },
    },
    {
      name: 'paymentStatus',
      type: 'select',
      defaultValue: 'unpaid',
      index: true,
      options: optionsOf(PAYMENT_STATUSES),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Follows the payments and refunds recorded for the order.',
      },
    },
    moneyField({ name: 'amountPaid', label: 'Paid', readOnly: true, position: 'sidebar' }),
    moneyField({ name: 'amountRefunded', label: 'Refunded', readOnly: true, position: 'sidebar' }),
    {
      ...moneyField({
        name: 'leftToPay',
        label: 'Left to pay',
        readOnly: true,
        position: 'sidebar',
      }),
      // Worked out on every read from the fields above, never stored: it cannot go stale.
      virtual: true,
      hooks: { afterRead: [({ data }) => leftToPay(data ?? {})] },
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'admin',
      options: optionsOf(ORDER_SOURCES),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'statusHistory',
      type: 'array',
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: '/src/admin/StatusHistoryLabel#StatusHistoryLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'select',
              options: ORDER_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
            },
            {
              name: 'to',
              type: 'select',
              required: true,
              options: ORDER_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
            },
            {
              name: 'at',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'actor',
              type: 'text',
              required: true,
              admin: { description: 'User id, client or system' },
            },
          ],
        },
        { name: 'note', type: 'text' },
      ],
    },
  ],
}
