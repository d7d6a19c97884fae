import { describe, expect, it } from '@jest/globals'

import { ORDER_STATUSES } from '@/domain/orderWorkflow'
import { LANGUAGES, statusChangedText } from '@/domain/statusNotification'

describe('status change texts', () => {
  it('exist for every status in every language and name the order', () => {
    for (const language of LANGUAGES) {
      for (const status of ORDER_STATUSES) {
        expect(statusChangedText(language, 1042, status)).toMatch(/1042/)
      }
    }
  })

  it('read as the client expects', () => {
    expect(statusChangedText('en', 1042, 'on_the_way')).toBe('Order #1042 is on the way')
    expect(statusChangedText('ru', 7, 'delivered')).toBe('Заказ №7 доставлен')
    expect(statusChangedText(null, 7, 'delivered')).toBe('Заказ №7 доставлен')
  })
})
