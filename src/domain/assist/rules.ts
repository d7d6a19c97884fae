// The assist that needs no network: keywords and patterns for triage, templates for drafts.
// It answers when no model is configured and whenever the model fails or is slow.

import type { AssistProvider } from './provider'
import { suggestDrafts } from './suggestions'
import { type TriageOptions, triageText } from './triage'

export interface RulesOptions {
  /** The categories to choose from when a call does not say (default CATEGORIES). */
  categories?: string[]
  /** More keywords per category key, e.g. `{ catering: ['банкет', "to'y", 'catering'] }`. */
  keywords?: Record<string, string[]>
}

export function rulesProvider(options: RulesOptions = {}): AssistProvider {
  return {
    name: 'rules',
    async triage(text, call = {}) {
      const triageOptions: TriageOptions = {
        categories: call.categories ?? options.categories,
        language: call.language,
        keywords: options.keywords,
      }
      return triageText(typeof text === 'string' ? text : '', triageOptions)
    },
    async suggest(context) {
      return suggestDrafts({ ...context, categories: context.categories ?? options.categories })
    },
  }
}
