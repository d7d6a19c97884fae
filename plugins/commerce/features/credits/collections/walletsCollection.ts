import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { labels } from '../labels'

/**
 * A client's credits and pass. The balance is the sum of the wallet's ledger entries, kept here
 * as a number so a spend is one conditional update; it changes only through an entry.
 */
export function walletsCollection(): CollectionConfig {
  return {
    slug: 'wallets',
    labels: { singular: labels.wallet, plural: labels.wallets },
    admin: {
      group: labels.group,
      useAsTitle: 'id',
      defaultColumns: ['client', 'balance', 'passUntil', 'autoRecharge', 'updatedAt'],
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        name: 'client',
        label: labels.client,
        type: 'relationship',
        relationTo: 'clients',
        required: true,
        unique: true,
        admin: { readOnly: true },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'balance',
            label: labels.balance,
            type: 'number',
            required: true,
            defaultValue: 0,
            min: 0,
            admin: { readOnly: true },
          },
          {
            name: 'passUntil',
            label: labels.passUntil,
            type: 'date',
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
        ],
      },
      {
        name: 'autoRecharge',
        label: labels.autoRecharge,
        type: 'relationship',
        relationTo: 'credit-packages',
        admin: { readOnly: true, description: labels.autoRechargeDescription },
      },
      // Bookkeeping of the pass warning and the card, never shown.
      { name: 'passWarnedFor', label: labels.passWarnedFor, type: 'date', admin: { hidden: true } },
      {
        name: 'autoRechargeFailures',
        label: labels.autoRechargeFailures,
        type: 'number',
        defaultValue: 0,
        admin: { hidden: true },
      },
      {
        name: 'stripeCustomer',
        label: labels.stripeCustomer,
        type: 'text',
        admin: { hidden: true },
      },
      {
        name: 'entries',
        label: labels.entries,
        type: 'join',
        collection: 'ledger-entries',
        on: 'wallet',
        defaultSort: '-createdAt',
        defaultLimit: 20,
        admin: { defaultColumns: ['createdAt', 'kind', 'amount', 'balanceAfter', 'reason'] },
      },
    ],
  }
}
