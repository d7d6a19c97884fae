import { createHash } from 'node:crypto'

/**
 * Click's side of the SHOP API, as a client: Click calls the merchant with form-encoded Prepare
 * (action 0) and Complete (action 1), signed with the shared secret. The fake can play its
 * faults: a wrong signature, a call given up on (aborted), a Complete repeated or with Click's
 * own error, a malformed body. It points at the local server or a deployed one by
 * `CLICK_CONTRACT_URL`, `CLICK_CONTRACT_SERVICE_ID` and `CLICK_CONTRACT_SECRET`.
 */
export interface ClickAnswer {
  status: number
  body: Record<string, string | number | null>
}

export interface ClickCall {
  clickTransId: string
  orderNumber: number | string
  /** So'm as Click sends it: "96000.00". */
  amount: string
  prepareId?: number | string
  error?: number
  /** Changes the form after signing (a field off), or the signature itself. */
  tamper?: (form: Record<string, string>) => void
  abortAfterMs?: number
  rawBody?: string
  contentType?: string
}

let nextClickId = Math.floor(Date.now() / 1000) * 1000

export interface FakeClick {
  prepare(call: ClickCall): Promise<ClickAnswer>
  complete(call: ClickCall): Promise<ClickAnswer>
  /** Click's two calls for one payment; both must answer 0. */
  pay(
    orderNumber: number,
    amount: string,
  ): Promise<{ clickTransId: string; prepareId: number; confirmId: number }>
  newId(): string
  sign(form: Record<string, string>): string
}

export function fakeClick({
  url,
  serviceId,
  secret,
}: {
  url: string
  serviceId: string
  secret: string
}): FakeClick {
  const sign = (form: Record<string, string>) =>
    createHash('md5')
      .update(
        `${form.click_trans_id}${form.service_id}${secret}${form.merchant_trans_id}${form.action === '1' ? (form.merchant_prepare_id ?? '') : ''}${form.amount}${form.action}${form.sign_time}`,
      )
      .digest('hex')

  async function send(path: 'prepare' | 'complete', call: ClickCall): Promise<ClickAnswer> {
    const form: Record<string, string> = {
      click_trans_id: call.clickTransId,
      service_id: serviceId,
      click_paydoc_id: String(Number(call.clickTransId) + 7),
      merchant_trans_id: String(call.orderNumber),
      amount: call.amount,
      action: path === 'prepare' ? '0' : '1',
      error: String(call.error ?? 0),
      error_note: call.error ? 'Failed' : 'Success',
      sign_time: new Date().toISOString().slice(0, 19).replace('T', ' '),
    }
    if (path === 'complete') form.merchant_prepare_id = String(call.prepareId ?? '')
    form.sign_string = sign(form)
    call.tamper?.(form)
    const response = await fetch(`${url}/${path}`, {
      method: 'POST',
      headers: { 'content-type': call.contentType ?? 'application/x-www-form-urlencoded' },
      body: call.rawBody ?? new URLSearchParams(form).toString(),
      signal: call.abortAfterMs !== undefined ? AbortSignal.timeout(call.abortAfterMs) : undefined,
    })
    const text = await response.text()
    try {
      return { status: response.status, body: JSON.parse(text) }
    } catch {
      throw new Error(
        `the merchant answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
      )
    }
  }

  const newId = () => String(nextClickId++)
  return {
    prepare: (call) => send('prepare', call),
    complete: (call) => send('complete', call),
    newId,
    sign,
    async pay(orderNumber, amount) {
      const clickTransId = newId()
      const prepared = await send('prepare', { clickTransId, orderNumber, amount })
      if (prepared.body.error !== 0)
        throw new Error(`click prepare: ${JSON.stringify(prepared.body)}`)
      const prepareId = Number(prepared.body.merchant_prepare_id)
      const completed = await send('complete', { clickTransId, orderNumber, amount, prepareId })
      if (completed.body.error !== 0)
        throw new Error(`click complete: ${JSON.stringify(completed.body)}`)
      return { clickTransId, prepareId, confirmId: Number(completed.body.merchant_confirm_id) }
    },
  }
}
