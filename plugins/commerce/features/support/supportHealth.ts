/**
 * Whether this server could last make a topic in the support group; the health endpoint reports
 * it, so a group without "Manage topics" for the bot shows up on monitoring, not in a lost message.
 */
let problem: string | null = null

export const supportHealth = {
  failed(reason: string) {
    problem = reason
  },
  ok() {
    problem = null
  },
  problem: () => problem,
}
