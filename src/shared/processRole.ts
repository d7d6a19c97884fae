/**
 * Whether this process is a short-lived script (migrations, the dev start-up, a benchmark's
 * migrator): Payload instances made as one start no background work. A flag of the process, not a
 * config option, because a script and the server it then starts share one config.
 */
let script = false

export const runningAsScript = () => script

/** Runs `start` (a `getPayload`) as a script: the instance it makes starts nothing. */
export async function asScript<T>(start: () => Promise<T>): Promise<T> {
  script = true
  try {
    return await start()
  } finally {
    script = false
  }
}
