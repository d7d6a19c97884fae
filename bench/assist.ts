/**
 * How well the assists triage real support messages: accuracy of category, urgency and mood
 * (and the language detected), per language and overall, for the rules always and for a model
 * when ASSIST_API_URL is set (ASSIST_API_KEY, ASSIST_MODEL), with the confusion between
 * categories. A majority-class baseline (always the most common label) is printed beside them:
 * the floor any provider must clear to be worth its keep. Two sets are read: eval.json (348
 * messages; the rules were improved once after a first look at their errors on it, so its figures
 * flatter them) and heldout.json (60 messages written afterwards and never used to change a rule:
 * the fairer estimate).
 *
 *   npm run bench:assist                       # the rules
 *   npm run bench:assist -- --misses 20        # and the first 20 messages the rules got wrong
 *   ASSIST_API_URL=http://localhost:11434/v1 ASSIST_MODEL=qwen2.5:7b npm run bench:assist
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { type AssistProvider, CATEGORIES, type Triage } from '@/domain/assist/provider'
import { rulesProvider } from '@/domain/assist/rules'

interface Labelled {
  id: string
  language: 'ru' | 'uz' | 'en'
  text: string
  category: string
  urgency: string
  mood: string
}

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    misses: { type: 'string', default: '0' },
    concurrency: { type: 'string', default: '4' },
  },
})
const files = values.file
  ? [values.file]
  : ['eval.json', 'heldout.json'].map((name) => path.resolve(import.meta.dirname, 'assist', name))
let messages: Labelled[] = []
const LANGUAGES = ['ru', 'uz', 'en'] as const
const FIELDS = ['category', 'urgency', 'mood', 'language'] as const
type Field = (typeof FIELDS)[number]

interface Run {
  name: string
  answers: (Triage | null)[]
  failures: number
  msPerMessage: number
}

async function run(
  provider: AssistProvider,
  prepare: (text: string) => string,
  concurrency: number,
): Promise<Run> {
  const answers: (Triage | null)[] = new Array(messages.length).fill(null)
  let failures = 0
  let next = 0
  const started = performance.now()
  async function worker() {
    while (next < messages.length) {
      const i = next++
      try {
        answers[i] = await provider.triage(prepare(messages[i].text), {
          categories: [...CATEGORIES],
        })
      } catch {
        failures++
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return {
    name: provider.name,
    answers,
    failures,
    msPerMessage: (performance.now() - started) / messages.length,
  }
}

const pct = (right: number, of: number) =>
  of === 0 ? '   -  ' : `${((100 * right) / of).toFixed(1).padStart(5)}%`

function accuracy(answers: (Triage | null)[], field: Field | 'all3', language?: string) {
  let right = 0
  let of = 0
  messages.forEach((m, i) => {
    if (language && m.language !== language) return
    of++
    const a = answers[i]
    if (!a) return
    if (field === 'all3') {
      if (a.category === m.category && a.urgency === m.urgency && a.mood === m.mood) right++
    } else if (a[field] === m[field]) right++
  })
  return pct(right, of)
}

/** The majority class of each field, per language: what always answering the commonest label scores. */
function baseline(): (Triage | null)[] {
  const commonest = (field: Field, language: string) => {
    const counts = new Map<string, number>()
    for (const m of messages)
      if (m.language === language) counts.set(m[field], (counts.get(m[field]) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1])[0][0]
  }
  return messages.map(
    (m) =>
      ({
        category: commonest('category', m.language),
        urgency: commonest('urgency', m.language),
        mood: commonest('mood', m.language),
        language: m.language,
      }) as Triage,
  )
}

function table(title: string, answers: (Triage | null)[]) {
  console.log(`\n${title}`)
  console.log(`${'field'.padEnd(16)}${[...LANGUAGES, 'all'].map((l) => l.padStart(8)).join('')}`)
  for (const field of [...FIELDS, 'all3'] as const) {
    const cells = [...LANGUAGES, undefined].map((l) => accuracy(answers, field, l).padStart(8))
    console.log(`${(field === 'all3' ? 'all three' : field).padEnd(16)}${cells.join('')}`)
  }
}

function confusion(title: string, answers: (Triage | null)[]) {
  const labels = [...CATEGORIES, '(none)']
  const short = (c: string) =>
    c.replace('product_question', 'product').replace('order_problem', 'order')
  console.log(`\n${title}: category confusion (rows: labelled, columns: answered)`)
  console.log(`${''.padEnd(12)}${labels.map((c) => short(c).slice(0, 9).padStart(10)).join('')}`)
  for (const truth of CATEGORIES) {
    const row = labels.map((answered) => {
      const n = messages.filter(
        (m, i) => m.category === truth && (answers[i]?.category ?? '(none)') === answered,
      ).length
      return String(n || '.').padStart(10)
    })
    console.log(`${short(truth).padEnd(12)}${row.join('')}`)
  }
}

function misses(answers: (Triage | null)[], count: number) {
  if (count <= 0) return
  console.log(`\nFirst ${count} messages with a field wrong (labelled → answered):`)
  let shown = 0
  messages.forEach((m, i) => {
    const a = answers[i]
    if (shown >= count || !a) return
    const wrong = (['category', 'urgency', 'mood'] as const).filter((f) => a[f] !== m[f])
    if (wrong.length === 0) return
    shown++
    console.log(
      `  ${m.id} ${wrong.map((f) => `${f} ${m[f]}→${a[f]}`).join(', ')} | ${m.text.slice(0, 90)}`,
    )
  })
}

for (const file of files) {
  messages = JSON.parse(fs.readFileSync(file, 'utf8')).messages
  const counts = Object.fromEntries(
    LANGUAGES.map((l) => [l, messages.filter((m) => m.language === l).length]),
  )
  console.log(
    `\n=== Assist triage on ${messages.length} labelled messages (ru ${counts.ru}, uz ${counts.uz}, en ${counts.en}): ${path.relative(process.cwd(), file)}`,
  )

  table('Baseline: always the commonest label of the language', baseline())

  const rules = await run(rulesProvider(), (text) => text, 1)
  table(`Rules (${rules.msPerMessage.toFixed(3)} ms a message)`, rules.answers)
  confusion('Rules', rules.answers)
  const flood = '😡'.repeat(2048)
  const t0 = performance.now()
  await rulesProvider().triage(flood)
  console.log(`\nRules on 4,096 characters of emoji: ${(performance.now() - t0).toFixed(1)} ms`)
  misses(rules.answers, Number(values.misses))

  // The model, when one is configured: the provider H-assists built in the assists feature, shown
  // masked text as in production. Its integration status goes to a stand-in store, not a database.
  if (process.env.ASSIST_API_URL) {
    const { modelProvider } = await import('../plugins/commerce/features/assists/modelProvider')
    const { maskedText } = await import('../plugins/commerce/features/assists/masking')
    const statusStore = {
      db: { drizzle: { execute: async () => ({ rows: [{ n: 0 }] }) } },
      logger: { warn: () => {}, info: () => {}, error: () => {} },
    }
    const model = modelProvider({
      payload: statusStore as never,
      url: process.env.ASSIST_API_URL,
      key: process.env.ASSIST_API_KEY,
      model: process.env.ASSIST_MODEL || 'gpt-4o-mini',
      timeoutMs: Number(process.env.ASSIST_TIMEOUT_MS || 30_000),
    })
    const answered = await run(model, maskedText, Number(values.concurrency))
    table(
      `Model ${answered.name} (${answered.msPerMessage.toFixed(0)} ms a message at concurrency ${values.concurrency}; ${answered.failures} failed, counted wrong)`,
      answered.answers,
    )
    confusion(`Model ${answered.name}`, answered.answers)
    // What staff get: the model, and the rules where it failed.
    const withFallback = answered.answers.map((a, i) => a ?? rules.answers[i])
    table(`Model ${answered.name} with the rules where it failed`, withFallback)
  } else {
    console.log(
      '\nModel: skipped (set ASSIST_API_URL, ASSIST_MODEL and ASSIST_API_KEY to measure one)',
    )
  }
}
