import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '@/config/commerceOptionsFromEnv'

/**
 * Development needs no setup: without `PAYLOAD_SECRET` a random one is kept under `.data/`, so
 * sessions survive restarts. Production sets its own (see .env.example) and is refused without
 * it: a secret written inside a container is lost when it is recreated, logging everyone out.
 */
export function ensureSecret(
  root: string,
  env: Record<string, string | undefined> = process.env,
): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production')
    throw new ConfigurationError(
      'PAYLOAD_SECRET: required in production; e.g. `openssl rand -hex 32`',
    )
  const file = path.join(root, '.data', 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
