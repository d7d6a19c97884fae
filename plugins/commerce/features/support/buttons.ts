import { buttonFamily, ID } from '@commerce/bot/callbackData'

/** The buttons on a support topic's pinned card: the client's orders, block them, close. */
export const topicCardButtons = buttonFamily(
  'sup',
  { conversation: ID, action: /orders|block|close/ },
  { staffOnly: true },
)
