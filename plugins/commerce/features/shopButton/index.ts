import type { CommerceFeature } from '@commerce/feature'
import { shopCommand } from './shopCommand'

/**
 * The way from the bot into the Mini App shop: `/shop` sends a button that opens it and gives the
 * chat a menu button in the client's language (the server sets the default one at start).
 */
export const shopButtonFeature: CommerceFeature = {
  name: 'shopButton',
  bot: { customers: ({ payload }) => shopCommand(payload), help: ['shop-help'] },
}
