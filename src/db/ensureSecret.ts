import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Development needs no setup: without `PAYLOAD_SECRET` a random one is kept under `.data/`, so
 * sessions survive restarts. Production sets its own (see .env.example).
 */
export function ensureSecret(root: string): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(root, '.data', 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
