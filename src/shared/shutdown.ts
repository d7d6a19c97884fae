import type { Payload } from 'payload'

const steps = new WeakMap<Payload, (() => Promise<void>)[]>()

/**
 * Work to finish when this Payload instance is destroyed (background loops, a held connection),
 * newest first, before Payload closes its pool. Registered steps run once each.
 */
export function onShutdown(payload: Payload, step: () => Promise<void>): void {
  const registered = steps.get(payload)
  if (registered) {
    registered.unshift(step)
    return
  }
  steps.set(payload, [step])
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    for (const next of steps.get(payload)?.splice(0) ?? []) {
      await next().catch((error: unknown) =>
        payload.logger.error({ err: error }, 'shutdown: a step failed'),
      )
    }
    await destroy()
  }
}
