import type { CommerceFeature } from '@commerce/feature'
import { balanceField } from './balanceField'
import {
  keepBalanceOnClientChange,
  keepBalanceOnOrderChange,
  keepBalanceOnOrderDelete,
} from './keepClientBalances'
import { receivablesEndpoint } from './receivablesEndpoint'

/**
 * Money owed at a glance: each client's balance, stored and kept right by every order write (so
 * the clients list sorts and filters by it), and the receivables view with ageing, its Excel
 * export and `GET /api/receivables`.
 */
export const receivablesFeature: CommerceFeature = {
  name: 'receivables',
  extend: {
    clients: {
      fields: [balanceField],
      afterChange: [keepBalanceOnClientChange],
      defaultColumns: ['balance'],
    },
    orders: {
      afterChange: [keepBalanceOnOrderChange],
      afterDelete: [keepBalanceOnOrderDelete],
    },
  },
  endpoints: [receivablesEndpoint],
  views: {
    receivables: {
      Component: '/plugins/commerce/features/receivables/ReceivablesView#ReceivablesView',
      path: '/receivables',
    },
  },
  navLinks: ['/plugins/commerce/features/receivables/ReceivablesNavLink#ReceivablesNavLink'],
}
