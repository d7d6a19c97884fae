import fs from 'node:fs'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import { writeInvoicesWorkbook } from '@commerce/features/invoices/writeInvoicesWorkbook'
import { parseMonth } from '@/domain/invoicePeriod'
import { boot } from './boot'

const USAGE =
  'Usage: npm run invoices -- --month YYYY-MM [--client ID] [--reconciliation] [--out invoices.xlsx]'

// The month's invoices workbook to a file, the same as the admin's "Export invoices".
const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    client: { type: 'string' },
    reconciliation: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
})
const period = parseMonth(values.month)
if (!period) fail(`--month must be a month as YYYY-MM, for example 2026-10.\n${USAGE}`)
if (values.client !== undefined && !/^\d{1,9}$/.test(values.client))
  fail(`--client must be a client id.\n${USAGE}`)
const clientId = values.client === undefined ? undefined : Number(values.client)
const out = path.resolve(
  values.out ??
    `invoices-${period.month}${clientId === undefined ? '' : `-client-${clientId}`}.xlsx`,
)

const { db } = await boot(async (payload) => {
  if (
    clientId !== undefined &&
    !(await payload.findByID({
      collection: 'clients',
      id: clientId,
      depth: 0,
      joins: false,
      overrideAccess: true,
      disableErrors: true,
    }))
  ) {
    // Thrown, not exited: boot stops the embedded database on the way out.
    throw new Error(`There is no client ${clientId}.`)
  }
  // Written beside the target and renamed at the end: an interrupted run leaves no half file.
  const partial = `${out}.partial`
  const file = fs.createWriteStream(partial)
  await writeInvoicesWorkbook(payload, file, {
    period,
    clientId,
    reconciliation: values.reconciliation,
    onProgress: progressBar(),
  })
  await finished(file)
  fs.renameSync(partial, out)
})
await db.stop()
console.log(`[tandir] invoices for ${period.month} written to ${out}`)

/** A bar on a terminal; nothing in a pipe or a log. */
function progressBar() {
  if (!process.stderr.isTTY) return undefined
  return (done: number, total: number) => {
    const width = 30
    const filled = Math.round((done / total) * width)
    process.stderr.write(
      `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} clients`,
    )
    if (done === total) process.stderr.write('\n')
  }
}

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}
