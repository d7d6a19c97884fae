/** A money operation refused for a reason a person can act on; the endpoints answer it as JSON. */
export class PaymentRefused extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly field?: string,
  ) {
    super(message)
  }
}
