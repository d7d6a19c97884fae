import type { BotContext } from '@commerce/bot/context'
import type { CommerceFeature } from '@commerce/feature'
import { Composer } from 'grammy'
import { analyticsEndpoint } from './analytics/analyticsEndpoint'
import { applyCardEvent } from './card/applyCardEvent'
import { cardCommands } from './card/cardCommands'
import { cardJobs } from './card/cardJobs'
import { cardRenderers } from './card/cardRenderers'
import { keepCreditHistory } from './collections/keepCreditHistory'
import { ledgerEntriesCollection } from './collections/ledgerEntriesCollection'
import {
  creditPackagesCollection,
  passesCollection,
  premiumContentCollection,
  unlocksCollection,
} from './collections/offersCollections'
import { walletsCollection } from './collections/walletsCollection'
import { refundUndelivered } from './ledger/refundUndelivered'
import { spendOnMessage } from './ledger/spendOnMessage'
import { paidSupportSettings } from './settingsFields'
import { starsSales } from './stars'
import { balanceCommand } from './wallet/balanceCommand'
import { creditsCommand, creditsRefused } from './wallet/creditsCommand'
import { walletJobs } from './wallet/jobs'
import { walletRenderers } from './wallet/renderers'

/**
 * Credits: the support desk's paid mode and the money under it. Wallets and their ledger,
 * packages and passes sold in Telegram Stars, premium content to unlock, staff's grants and
 * takes, and the charge of each support message.
 */
export const creditsFeature: CommerceFeature = {
  name: 'credits',
  collections: [
    walletsCollection(),
    ledgerEntriesCollection(),
    creditPackagesCollection(),
    passesCollection(),
    premiumContentCollection(),
    unlocksCollection(),
  ],
  extendGlobals: { settings: { fields: [paidSupportSettings] } },
  endpoints: [analyticsEndpoint],
  afterDashboard: [
    '/plugins/commerce/features/credits/analytics/CreditsAnalytics#CreditsAnalytics',
  ],
  chargeMessage: spendOnMessage,
  refundMessage: refundUndelivered,
  cardCreditsEvent: applyCardEvent,
  bot: {
    // Composers given to the constructor: `use` returns the composer it made, not this one.
    staff: new Composer<BotContext>(creditsCommand),
    everyone: new Composer<BotContext>(creditsRefused, starsSales.checkout),
    customers: () => new Composer<BotContext>(balanceCommand, cardCommands, starsSales.shop()),
    help: ['help-balance', ...starsSales.help],
    orderCommands: ['buy', 'buycard', 'pass', 'premium'],
  },
  extend: { transactions: starsSales.transactions, ...keepCreditHistory },
  renderers: { ...walletRenderers, ...cardRenderers, ...starsSales.renderers },
  jobs: [...walletJobs, ...cardJobs],
}
