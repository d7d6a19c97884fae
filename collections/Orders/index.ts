import { moneyField } from '@collections/fields/money'
import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import { MAX_ADDRESS, MAX_COMMENT } from '@/domain/orderDraft'
import { MAX_ORDER_LINES } from '@/domain/orderInput'
import {
  FULFILLMENT_LABELS,
  FULFILLMENTS,
  ORDER_SOURCE_LABELS,
  ORDER_SOURCES,
  ORDER_STATUSES,
  STATUS_LABELS,
} from '@/domain/orderWorkflow'
import { leftToPay, PAYMENT_STATUS_LABELS, PAYMENT_STATUSES } from '@/domain/payments'
import { checkField, freeTextSchema } from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { DAY, MOMENT } from '@/shared/adminDates'
import { requestLanguage } from '@/shared/requestLanguage'
import { bulkStatusEndpoint } from './bulkStatusEndpoint'
import { prepareOrder } from './hooks/prepareOrder'
import { refuseDeletingSettledOrder } from './hooks/refuseDeletingSettledOrder'
import { labels } from './labels'
import { pricePreviewEndpoint } from './pricePreviewEndpoint'

/** Shown once the order exists: number and history are written by the server on save. */
const saved = (data: Partial<{ number: number | null }>) => Boolean(data?.number)

const statusOptions = optionsOf(ORDER_STATUSES, STATUS_LABELS)

export const Orders: CollectionConfig = {
  slug: 'orders',
  labels: { singular: labels.singular, plural: labels.plural },
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
    components: { beforeListTable: ['/src/admin/BulkStatusMove#BulkStatusMove'] },
    group: labels.group,
  },
  defaultSort: '-number',
  endpoints: [pricePreviewEndpoint, bulkStatusEndpoint],
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeChange: [prepareOrder],
    beforeDelete: [refuseDeletingSettledOrder],
  },
  fields: [
    { name: 'title', label: labels.title, type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          label: labels.number,
          type: 'number',
          unique: true,
          index: true,
          admin: { readOnly: true, condition: saved },
        },
        {
          name: 'client',
          label: labels.client,
          type: 'relationship',
          relationTo: 'clients',
          required: true,
          index: true,
        },
      ],
    },
    {
      name: 'items',
      label: labels.items,
      labels: { singular: labels.item, plural: labels.items },
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
            {
              name: 'product',
              label: labels.product,
              type: 'relationship',
              relationTo: 'products',
              required: true,
            },
            {
              name: 'quantity',
              label: labels.quantity,
              type: 'number',
              required: true,
              min: 1,
              admin: { step: 1 },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'productName',
              label: labels.productName,
              type: 'text',
              admin: { readOnly: true },
            },
            { name: 'unit', label: labels.unit, type: 'text', admin: { readOnly: true } },
            moneyField({ name: 'unitPrice', label: labels.unitPrice, readOnly: true }),
            moneyField({ name: 'lineTotal', label: labels.lineTotal, readOnly: true }),
          ],
        },
      ],
    },
    {
      // The client's prices while the lines are typed; the save prices them again.
      name: 'draftPrices',
      type: 'ui',
      admin: { components: { Field: '/src/admin/OrderDraftPrices#OrderDraftPrices' } },
    },
    {
      type: 'row',
      fields: [
        moneyField({
          name: 'total',
          label: labels.total,
          readOnly: true,
          description: labels.totalDescription,
        }),
        {
          name: 'currency',
          label: labels.currency,
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
          label: labels.fulfillment,
          type: 'select',
          required: true,
          defaultValue: 'delivery',
          options: optionsOf(FULFILLMENTS, FULFILLMENT_LABELS),
          admin: { isClearable: false },
        },
        {
          name: 'deliveryDate',
          label: labels.deliveryDate,
          type: 'date',
          required: true,
          index: true,
          admin: { date: DAY, description: labels.deliveryDateDescription },
        },
      ],
    },
    {
      name: 'deliveryAddress',
      label: labels.deliveryAddress,
      type: 'textarea',
      validate: (value: unknown, { req }) =>
        checkField(freeTextSchema(MAX_ADDRESS), value, requestLanguage(req)),
    },
    {
      name: 'comment',
      label: labels.comment,
      type: 'textarea',
      validate: (value: unknown, { req }) =>
        checkField(freeTextSchema(MAX_COMMENT), value, requestLanguage(req)),
    },
    {
      name: 'status',
      label: labels.status,
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: statusOptions,
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
      label: labels.paymentStatus,
      type: 'select',
      defaultValue: 'unpaid',
      index: true,
      options: optionsOf(PAYMENT_STATUSES, PAYMENT_STATUS_LABELS),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: labels.paymentStatusDescription,
      },
    },
    moneyField({
      name: 'amountPaid',
      label: labels.amountPaid,
      readOnly: true,
      position: 'sidebar',
    }),
    moneyField({
      name: 'amountRefunded',
      label: labels.amountRefunded,
      readOnly: true,
      position: 'sidebar',
    }),
    {
      ...moneyField({
        name: 'leftToPay',
        label: labels.leftToPay,
        readOnly: true,
        position: 'sidebar',
      }),
      // Worked out on every read from the fields above, never stored: it cannot go stale.
      virtual: true,
      hooks: { afterRead: [({ data }) => leftToPay(data ?? {})] },
    },
    {
      name: 'source',
      label: labels.source,
      type: 'select',
      defaultValue: 'admin',
      options: optionsOf(ORDER_SOURCES, ORDER_SOURCE_LABELS),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'statusHistory',
      label: labels.statusHistory,
      labels: { singular: labels.change, plural: labels.changes },
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
              label: labels.from,
              type: 'select',
              options: statusOptions,
            },
            {
              name: 'to',
              label: labels.to,
              type: 'select',
              required: true,
              options: statusOptions,
            },
            {
              name: 'at',
              label: labels.at,
              type: 'date',
              required: true,
              admin: { date: MOMENT },
            },
            {
              name: 'actor',
              label: labels.actor,
              type: 'text',
              required: true,
              admin: { description: labels.actorDescription },
            },
          ],
        },
        { name: 'note', label: labels.note, type: 'text' },
      ],
    },
  ],
}
