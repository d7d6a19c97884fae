import type { CommerceFeature } from '@commerce/feature'
import { calmOnClose } from './calmOnClose'
import { assistSettingsFields, conversationTriageFields, messageTriageField } from './fields'
import { assistRenderers } from './renderers'
import { suggestCommand } from './suggestCommand'
import { triageAnnouncer } from './triageQueue'

/**
 * Assists for the support desk: each client message that reaches the support group is given a
 * category, an urgency and a mood after commit, through the outbox, never on the way to staff;
 * urgent and unhappy conversations come first and are told to the staff chat once; `/suggest`
 * in a topic drafts replies for staff to copy. A language model answers when one is configured
 * (ASSIST_API_URL), the network-free rules otherwise or when it fails.
 */
export const assistsFeature: CommerceFeature = {
  name: 'assists',
  extend: {
    'support-messages': { fields: [messageTriageField] },
    conversations: {
      fields: conversationTriageFields,
      afterChange: [calmOnClose],
      defaultColumns: ['priority', 'triageCategory', 'triageUrgency', 'triageMood'],
      defaultSort: ['-priority', '-lastMessageAt'],
    },
  },
  extendGlobals: { settings: { fields: [assistSettingsFields] } },
  announce: [triageAnnouncer],
  renderers: assistRenderers,
  bot: { staff: suggestCommand, staffOnlyCommands: ['suggest'] },
}
