import { describe, expect, it } from '@jest/globals'

import {
  belowMinimum,
  type DraftRules,
  isComplete,
  newDraft,
  type OfferedProduct,
  parseQuantity,
  repeatedLines,
  summaryFingerprint,
  withQuantity,
} from '@/domain/orderDraft'

const rules: DraftRules = {
  minOrderAmount: 5_000_000,
  profileAddress: 'Amir Temur 107',
  timezone: 'Asia/Tashkent',
  cutoff: '18:00',
  daysAhead: 7,
}
const bread: OfferedProduct = {
  id: 1,
  name: 'White bread',
  unit: 'pcs',
  price: 800_000,
  minQuantity: 1,
}
const samsa: OfferedProduct = { id: 2, name: 'Samsa', unit: 'pcs', price: 900_000, minQuantity: 10 }

describe('order draft', () => {
  it('reads a quantity as whole digits within the product minimum and 100 000', () => {
    expect(parseQuantity('80', 1)).toBe(80)
    expect(parseQuantity(' 1 000 ', 1)).toBe(1000)
    for (const bad of ['ten', '2.5', '-3', '99999999999', '0', '', '🙂', undefined])
      expect(parseQuantity(bad, 1)).toBeNull()
    expect(parseQuantity('5', 10)).toBeNull()
    expect(parseQuantity('100000', 10)).toBe(100_000)
    expect(parseQuantity('100001', 10)).toBeNull()
  })

  it('adds lines, checks the minimum, and is complete only with every choice made', () => {
    let draft = withQuantity({ ...newDraft(rules), product: bread, awaiting: 'quantity' }, bread, 5)
    expect(draft).toEqual(expect.objectContaining({ awaiting: null, product: undefined }))
    expect(belowMinimum(draft)).toBe(true)
    draft = withQuantity(draft, samsa, 10)
    expect(draft.lines.map((line) => [line.product, line.quantity, line.unitPrice])).toEqual([
      [1, 5, 800_000],
      [2, 10, 900_000],
    ])
    expect(belowMinimum(draft)).toBe(false)

    expect(isComplete({ ...draft, comment: null, fulfillment: 'pickup' })).toBe(false)
    expect(
      isComplete({ ...draft, comment: null, fulfillment: 'pickup', deliveryDate: '2026-12-01' }),
    ).toBe(true)
    expect(
      isComplete({ ...draft, comment: null, fulfillment: 'delivery', deliveryDate: '2026-12-01' }),
    ).toBe(false)
    expect(
      isComplete({
        ...draft,
        comment: null,
        fulfillment: 'delivery',
        deliveryDate: '2026-12-01',
        address: 'Chorsu 3',
      }),
    ).toBe(true)
    expect(
      isComplete({
        ...newDraft(rules),
        comment: null,
        fulfillment: 'pickup',
        deliveryDate: '2026-12-01',
      }),
    ).toBe(false)
  })

  it('repeats an earlier order with what is still sold, at today’s prices and minimums', () => {
    expect(
      repeatedLines(
        [samsa],
        [
          { product: 1, quantity: 3 },
          { product: 2, quantity: 4 },
        ],
      ),
    ).toEqual([{ product: 2, name: 'Samsa', unit: 'pcs', quantity: 10, unitPrice: 900_000 }])
  })

  it('fingerprints what the summary shows, and nothing else', () => {
    const complete = {
      ...withQuantity(newDraft(rules), bread, 10),
      comment: null,
      fulfillment: 'pickup' as const,
      deliveryDate: '2026-12-01',
      address: null,
    }
    const fingerprint = summaryFingerprint(complete)
    expect(fingerprint).toMatch(/^\w{1,8}$/)
    expect(summaryFingerprint({ ...complete, awaiting: 'comment' })).toBe(fingerprint)
    expect(summaryFingerprint({ ...complete, deliveryDate: '2026-12-02' })).not.toBe(fingerprint)
    expect(summaryFingerprint({ ...complete, comment: 'Ring twice' })).not.toBe(fingerprint)
    expect(summaryFingerprint(withQuantity(complete, bread, 1) as typeof complete)).not.toBe(
      fingerprint,
    )
  })
})
