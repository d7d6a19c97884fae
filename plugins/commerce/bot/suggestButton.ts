import { buttonFamily, ID } from './callbackData'

/**
 * "Reply drafts" on a support topic's pinned card: the support feature puts it there and the
 * assists feature answers it, so it belongs to neither (as `/suggest` does in the topic).
 */
export const suggestButtons = buttonFamily('sug', { conversation: ID }, { staffOnly: true })
