import { OrderRefused } from '@collections/Orders/orderRefused'
import type { Translate } from '@commerce/bot/i18n'
import { getLocalI18n, type PayloadRequest, type SanitizedConfig, ValidationError } from 'payload'
import type { Language } from '@/domain/languages'
import { deliveryAddressOf, miniappOrderSchema } from '@/domain/miniappApi'
import { formatMoney } from '@/domain/money'
import { MAX_ORDER_LINES } from '@/domain/orderInput'
import { orderRefusalOf } from './me'
import { type MiniappCall, MiniappRefusal, miniappEndpoint } from './miniappEndpoint'
import { orderView } from './orderView'

/**
 * `POST /api/miniapp/orders`: the cart placed as the client, through the Local API like the bot's
 * orders, so every rule of the orders collection applies (server prices, offered days, the
 * minimum, products on sale); staff get the same card and the client the same notices.
 */
export const placeOrderEndpoint = miniappEndpoint('post', '/orders', async (call) => {
  const { req, client, t, language } = call
  const input = await readOrder(call)
  const refusal = orderRefusalOf(client)
  if (refusal) throw new MiniappRefusal(403, refusal.code, t(`refusal-${refusal.code}`), 'client')
  const deliveryAddress = input.fulfillment === 'delivery' ? deliveryAddressOf(input) : null
  if (input.fulfillment === 'delivery' && !deliveryAddress && !client.address)
    throw new MiniappRefusal(400, 'address-needed', t('miniapp-address-needed'), 'deliveryAddress')
  try {
    const order = await req.payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        items: input.items.map(({ product, quantity }) => ({
          product,
          quantity: quantity as number,
        })),
        fulfillment: input.fulfillment,
        deliveryDate: input.deliveryDate,
        deliveryAddress,
        comment: input.comment || null,
      },
      depth: 0,
      overrideAccess: true,
      // The collection's refusals are said in the client's language.
      req: { i18n: await i18nIn(req.payload.config, language) } as Partial<PayloadRequest>,
      context: { actor: 'client', channel: 'miniapp' },
    })
    return Response.json({ order: orderView(order) }, { status: 201 })
  } catch (error) {
    if (error instanceof OrderRefused) {
      const { code, path, ...values } = error.refusal
      throw new MiniappRefusal(400, code, t(`refusal-${code}`, inWords(values)), path)
    }
    if (error instanceof ValidationError) {
      const [first] = error.data.errors
      throw new MiniappRefusal(
        400,
        'invalid',
        error.data.errors.map((e) => e.message).join('\n'),
        first?.path,
      )
    }
    throw error
  }
})

/** The body, or a 400 naming the field in the client's language. */
async function readOrder({ req, t }: MiniappCall) {
  const body = await req.json?.().catch(() => undefined)
  const parsed = miniappOrderSchema.safeParse(body)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue.path.join('.') || 'body'
  const known: Record<string, [string, Parameters<Translate>[1]?]> = {
    'empty-cart': ['miniapp-empty-cart'],
    'too-many-lines': ['miniapp-too-many-lines', { max: MAX_ORDER_LINES }],
    'address-too-long': ['miniapp-too-long', { field }],
    'comment-too-long': ['miniapp-too-long', { field }],
  }
  const [key, values] = known[issue.message] ?? ['miniapp-bad-field', { field }]
  throw new MiniappRefusal(
    400,
    issue.message in known ? issue.message : 'invalid',
    t(key, values),
    field,
  )
}

const i18ns = new Map<Language, ReturnType<typeof getLocalI18n>>()
/** Payload's translations in `language`, made once per language. */
function i18nIn(config: SanitizedConfig, language: Language) {
  let i18n = i18ns.get(language)
  if (!i18n) {
    // Uzbek is one of the config's own languages (src/admin/i18n), which Payload's type does not list.
    i18n = getLocalI18n({ config, language: language as 'en' })
    i18ns.set(language, i18n)
  }
  return i18n
}

/** A refusal's values as the texts print them: amounts in so'm. */
const inWords = (values: Record<string, string | number>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatMoney(value) : value,
    ]),
  )
