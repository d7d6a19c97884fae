import type { Payload } from 'payload'

const PACKAGES = [
  { name: 'Starter', credits: 10, bonus: 0, priceStars: 50 },
  { name: 'Regular', credits: 50, bonus: 5, priceStars: 225 },
  { name: 'Plus', credits: 100, bonus: 15, priceStars: 400 },
  { name: 'Business', credits: 500, bonus: 100, priceStars: 1750 },
]

const PASSES = [
  { name: '1 hour', hours: 1, priceStars: 25 },
  { name: '1 day', hours: 24, priceStars: 100 },
  { name: '7 days', hours: 168, priceStars: 500 },
]

const SPENDS = ['text', 'text', 'photo', 'text', 'voice', 'text']

/**
 * The paid support desk's offers (left off: paid mode is the manager's choice), and a few clients
 * who bought credits in Stars and spent some on messages, so the wallets and the analytics show
 * something.
 */
export async function seedDemoCredits(payload: Payload, clientIds: number[]): Promise<void> {
  const packages = []
  for (const offer of PACKAGES)
    packages.push(await payload.create({ collection: 'credit-packages', data: offer }))
  for (const pass of PASSES) await payload.create({ collection: 'passes', data: pass })
  for (const [index, client] of clientIds.slice(0, 3).entries()) {
    const offer = packages[index % packages.length]
    const chargeId = `demo-stars-${client}`
    const purchase = await payload.create({
      collection: 'transactions',
      data: {
        client,
        provider: 'telegram_stars',
        kind: 'credit_purchase',
        status: 'succeeded',
        amount: offer.priceStars,
        currency: 'XTR',
        externalId: chargeId,
        note: offer.name,
      },
    })
    await payload.create({
      collection: 'ledger-entries',
      data: {
        client,
        kind: 'purchase',
        source: 'telegram_stars',
        amount: offer.credits + (offer.bonus ?? 0),
        reason: offer.name,
        key: `stars:${chargeId}`,
        transaction: purchase.id,
      },
    })
    for (const [n, kind] of SPENDS.slice(0, 2 + index * 2).entries())
      await payload.create({
        collection: 'ledger-entries',
        data: {
          client,
          kind: 'spend',
          source: 'support',
          messageKind: kind,
          amount: -({ text: 1, photo: 2, voice: 3 }[kind] ?? 2),
          key: `demo:spend:${client}:${n}`,
        },
      })
  }
}
