import { integrationClient } from '@commerce/integrations/client'
import type { Payload } from 'payload'
import { z } from 'zod'
import {
  type AssistLanguage,
  type AssistProvider,
  CATEGORIES,
  MOODS,
  type SuggestContext,
  type Triage,
  URGENCIES,
} from '@/domain/assist/provider'
import { modelPrompts } from './modelPrompts'

export interface ModelOptions {
  payload: Payload
  /** The OpenAI-compatible API's base: `https://api.openai.com/v1`, `http://localhost:11434/v1` (Ollama). */
  url: string
  key?: string
  model: string
  /** How long one answer may take before the rules answer instead. */
  timeoutMs: number
  /** What each category means (its label and keywords from the settings), for the prompt. */
  hints?: Record<string, string>
}

/** Why the model's answer was not used: the caller records it and lets the rules answer. */
export class ModelAnswerRefused extends Error {}

const completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
})
const LANGUAGES = ['ru', 'uz', 'en'] as const
const triageAnswer = z.object({
  category: z.string(),
  urgency: z.enum(URGENCIES),
  mood: z.enum(MOODS),
  language: z.enum(LANGUAGES).optional(),
})
const suggestAnswer = z.object({ replies: z.array(z.string().trim().min(1).max(1500)).min(2) })

/** The JSON object in a model's message; models often wrap it in a ```json fence. */
function jsonOf(content: string | null): unknown {
  const text = (content ?? '')
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/```$/, '')
  try {
    return JSON.parse(text)
  } catch {
    throw new ModelAnswerRefused(`the model's answer is not JSON: ${text.slice(0, 80)}`)
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)')
  throw new ModelAnswerRefused(`the model's JSON does not fit: ${[...new Set(paths)].join(', ')}`)
}

/**
 * A language model behind an OpenAI-compatible `POST {url}/chat/completions` (hosted APIs, Ollama,
 * vLLM). It is shown masked text only: the caller masks personal data before calling. Any
 * failure (timeout, 429, 5xx, an answer off contract) throws, and the caller lets the rules answer.
 */
export function modelProvider({
  payload,
  url,
  key,
  model,
  timeoutMs,
  hints,
}: ModelOptions): AssistProvider {
  const client = integrationClient({
    payload,
    integration: 'assist-model',
    baseUrl: url,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    timeoutMs,
    // The rules answer at once instead of a second wait: a triage is never worth a retry.
    retries: 0,
  })
  async function chat(call: string, system: string, user: string): Promise<unknown> {
    const answer = await client.request({
      call,
      method: 'POST',
      path: 'chat/completions',
      body: {
        model,
        temperature: 0.2,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
      },
      response: completion,
    })
    return jsonOf(answer.choices[0].message.content)
  }
  return {
    name: model,
    async triage(text, options = {}): Promise<Triage> {
      const categories = options.categories ?? [...CATEGORIES]
      const prompt = modelPrompts.triage(categories, hints)
      const answer = checked(triageAnswer, await chat('triage', prompt, text))
      if (!categories.includes(answer.category))
        throw new ModelAnswerRefused(
          `the model answered an unknown category "${answer.category.slice(0, 40)}"`,
        )
      const language: AssistLanguage = answer.language ?? options.language ?? 'ru'
      return { category: answer.category, urgency: answer.urgency, mood: answer.mood, language }
    },
    async suggest(context: SuggestContext): Promise<string[]> {
      const prompt = modelPrompts.suggest(context.language)
      const answer = checked(suggestAnswer, await chat('suggest', prompt, JSON.stringify(context)))
      return answer.replies.slice(0, 3)
    },
  }
}
