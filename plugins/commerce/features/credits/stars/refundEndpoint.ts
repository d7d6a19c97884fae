import type { Endpoint } from 'payload'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { requestLanguage } from '@/shared/requestLanguage'
import { refusals, StarsRefundRefused } from './refundRefused'
import { refundStarsPurchase } from './refundStarsPurchase'

/**
 * `POST /api/transactions/:id/refund-stars`: a manager refunds a Telegram Stars purchase, taking
 * back what it gave. Refused with the reason (unknown, not Stars, refunded already, spent).
 */
export const refundStarsEndpoint: Endpoint = {
  path: '/:id/refund-stars',
  method: 'post',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, ['admin', 'manager'])
    if (forbidden) return forbidden
    const language = requestLanguage(req)
    const given = String(req.routeParams?.id ?? '')
    if (!/^\d{1,9}$/.test(given))
      return refusal({ status: 404, message: refusals.unknown(given.slice(0, 20))[language] })
    try {
      const transaction = await refundStarsPurchase(req, Number(given))
      return Response.json({ transaction })
    } catch (error) {
      if (!(error instanceof StarsRefundRefused)) throw error
      return refusal({ status: error.status, message: error.said[language] })
    }
  },
}
