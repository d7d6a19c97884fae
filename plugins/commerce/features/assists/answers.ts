import type { Payload } from 'payload'
import type {
  AssistLanguage,
  AssistProvider,
  SuggestContext,
  Triage,
} from '@/domain/assist/provider'
import { rulesProvider } from '@/domain/assist/rules'
import type { AssistSetup } from './assistSetup'
import { maskedContext, maskedText, namedAgain } from './masking'
import { modelProvider } from './modelProvider'

/** An answer and who gave it ('rules' or the model's name); `note` says why the model did not. */
export interface Answered<T> {
  value: T
  provider: string
  note?: string
}

/** The model the environment names (ASSIST_API_URL, ASSIST_API_KEY, ASSIST_MODEL), or none. */
export function configuredModel(payload: Payload, setup: AssistSetup): AssistProvider | null {
  const url = process.env.ASSIST_API_URL?.trim()
  if (!url) return null
  return modelProvider({
    payload,
    url,
    key: process.env.ASSIST_API_KEY?.trim() || undefined,
    model: process.env.ASSIST_MODEL?.trim() || 'gpt-4o-mini',
    timeoutMs: Number(process.env.ASSIST_TIMEOUT_MS) || 10_000,
    hints: setup.hints,
  })
}

export function configuredRules(setup: AssistSetup): AssistProvider {
  return rulesProvider({
    keywords: Object.fromEntries(
      setup.categories.map((category) => [category.key, category.keywords]),
    ),
  })
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300)

/**
 * The model's triage of a client's message, shown masked; the rules' (which never leave the
 * server, so they read the text as written) when there is no model or it fails.
 */
export async function answerTriage(
  payload: Payload,
  setup: AssistSetup,
  text: string,
  language?: AssistLanguage,
): Promise<Answered<Triage>> {
  const options = { categories: setup.keys, language }
  const model = configuredModel(payload, setup)
  let note: string | undefined
  if (model) {
    try {
      return { value: await model.triage(maskedText(text), options), provider: model.name }
    } catch (error) {
      note = reasonOf(error)
    }
  }
  const rules = configuredRules(setup)
  return { value: await rules.triage(text, options), provider: rules.name, note }
}

/**
 * Two or three drafts from the model, shown the masked context; the rules' templates when there
 * is no model, it fails, or fewer than two of its drafts pass `keep` (the guard against data the
 * client could not see). Drafts that fail `keep` are counted, never shown.
 */
export async function answerSuggest(
  payload: Payload,
  setup: AssistSetup,
  context: SuggestContext,
  keep: (draft: string) => boolean,
): Promise<Answered<string[]> & { dropped: number }> {
  const model = configuredModel(payload, setup)
  let note: string | undefined
  let dropped = 0
  if (model) {
    try {
      const drafts = (await model.suggest(maskedContext(context))).map((draft) =>
        namedAgain(draft, context),
      )
      const kept = drafts.filter(keep)
      dropped = drafts.length - kept.length
      if (kept.length >= 2) return { value: kept, provider: model.name, dropped }
      note = `${dropped} of the model's drafts held data the client cannot see`
    } catch (error) {
      note = reasonOf(error)
    }
  }
  const rules = configuredRules(setup)
  const drafts = await rules.suggest(context)
  const kept = drafts.filter(keep)
  return {
    value: kept,
    provider: rules.name,
    note,
    dropped: dropped + drafts.length - kept.length,
  }
}
