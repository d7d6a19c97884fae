/**
 * A call to an outside system that did not give us what its contract promises. `retryable` says
 * whether the same call may succeed later (a timeout, a 5xx, a 429), as opposed to a refusal or an
 * answer of the wrong shape, which repeating would only repeat.
 */
export class IntegrationError extends Error {
  readonly integration: string
  readonly call: string
  readonly retryable: boolean
  readonly status?: number

  constructor(
    integration: string,
    call: string,
    message: string,
    options: { retryable: boolean; status?: number },
  ) {
    super(`${integration} ${call}: ${message}`)
    this.name = 'IntegrationError'
    this.integration = integration
    this.call = call
    this.retryable = options.retryable
    this.status = options.status
  }
}
