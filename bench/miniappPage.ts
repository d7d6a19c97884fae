/**
 * The Mini App page's weight and speed on the production build (`.next`, built when missing).
 *
 * First-load JS: the scripts `/miniapp`'s HTML loads (module chunks; the `nomodule` polyfill only
 * old browsers fetch is left out) against Next's own framework chunks of the same build
 * (`rootMainFiles` of the build manifest: React, React DOM and Next's client, what any bare page of
 * this build loads), each gzipped as a server sends it. Target ≤ 1.3×.
 *
 * Time to a usable catalog: Debian's Chromium with the CPU slowed 4× (CDP
 * `Emulation.setCPUThrottlingRate`), a fresh browser context each run (nothing cached), the page
 * opened as Telegram opens it (launch parameters in the hash, the client's side of the bridge in the
 * page), from navigation start until the first product of 200 is on screen with its button (the
 * page renders on the client only, so drawn means hydrated). Target < 2.5 s. Loopback network.
 *
 *   npm run bench:miniapp-page -- --runs 7
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { closePayload } from '@/db/closePayload'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { signInitData } from '../tests/support/initData'
import { startNextServer } from '../tests/support/nextServer'
import { DARK, emulateTelegramClient, miniappUrl } from '../tests/support/telegramWebview'
import { benchPayload } from './benchPayload'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    rate: { type: 'string', default: '4' },
  },
})
const RUNS = Number(values.runs)
const RATE = Number(values.rate)
const root = path.resolve(import.meta.dirname, '..')

const { db, dataDir, payload } = await benchPayload()
await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const categories = await Promise.all(
  Array.from({ length: 10 }, (_, i) =>
    payload.create({ collection: 'categories', data: { name: `Category ${i}`, sortOrder: i } }),
  ),
)
for (let i = 0; i < 200; i++)
  await payload.create({
    collection: 'products',
    data: {
      name: `Product ${i}`,
      sku: `MP-${i}`,
      category: categories[i % 10].id,
      unit: 'pcs',
      price: 100000 + i * 1000,
      sortOrder: i,
    },
  })

const server = await startNextServer()

// First-load JS.
const gzipped = async (src: string) => {
  const response = await fetch(new URL(src, server.url))
  if (!response.ok) throw new Error(`${src} answered ${response.status}`)
  return gzipSync(Buffer.from(await response.arrayBuffer())).length
}
const html = await (await fetch(`${server.url}/miniapp`)).text()
const pageScripts = [...html.matchAll(/<script\b[^>]*>/g)]
  .map(([tag]) => ({ tag, src: /\ssrc="([^"]+)"/.exec(tag)?.[1] }))
  .filter(({ tag, src }) => src && !/\snomodule\b/i.test(tag))
  .map(({ src }) => src as string)
const unique = [...new Set(pageScripts)]
const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next/build-manifest.json'), 'utf8'))
const framework: string[] = manifest.rootMainFiles.map((file: string) => `/_next/${file}`)
const sum = async (files: string[]) =>
  (await Promise.all(files.map(gzipped))).reduce((total, size) => total + size, 0)
const pageBytes = await sum(unique)
const frameworkBytes = await sum(framework)
const kB = (bytes: number) => (bytes / 1000).toFixed(1)
console.log(
  `first-load JS, gzipped: /miniapp ${kB(pageBytes)} kB in ${unique.length} scripts; ` +
    `Next's framework chunks ${kB(frameworkBytes)} kB in ${framework.length}; ` +
    `${(pageBytes / frameworkBytes).toFixed(2)}x (target ≤ 1.3x)`,
)

// Time to a usable catalog.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const user = { id: 7_100_001, first_name: 'Bench', language_code: 'ru' }
const url = miniappUrl(server.url, signInitData(user), DARK)

/**
 * A function as a page script: tsx (esbuild's keepNames) wraps inner functions in a `__name`
 * helper the page does not have, so the script brings a stand-in.
 */
const inPage = (script: () => void) => `var __name = (f) => f; (${script.toString()})()`

/** Records when the first product's button is on screen, in ms from navigation start. */
function watchForCatalog() {
  const host = window as unknown as { __usableAt?: number }
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid=products] li button')) return
    host.__usableAt = performance.now()
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
}

interface Opening {
  usable: number
  /** When the page's scripts had run (DOMContentLoaded done). */
  scripts: number
  /** When the page asked for the catalog, and when the answer had arrived. */
  asked: number
  catalog: number
}

async function openOnce(): Promise<Opening> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } })
  await context.addInitScript({ content: inPage(emulateTelegramClient) })
  await context.addInitScript({ content: inPage(watchForCatalog) })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE })
  await page.goto(url)
  await page.waitForFunction(() => (window as { __usableAt?: number }).__usableAt, null, {
    timeout: 60_000,
  })
  const opening = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const catalog = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/api/miniapp/catalog')) as PerformanceResourceTiming
    return {
      usable: (window as { __usableAt?: number }).__usableAt ?? 0,
      scripts: navigation.domContentLoadedEventEnd,
      asked: catalog?.fetchStart ?? 0,
      catalog: catalog?.responseEnd ?? 0,
    }
  })
  await context.close()
  return opening
}

// The first opening makes the user a client and warms the server; it is not counted.
await openOnce()
const openings: Opening[] = []
for (let run = 0; run < RUNS; run++) {
  openings.push(await openOnce())
  // Two calls an opening: stay well inside the API's rate limit (5 a second after a burst of 30).
  await new Promise((resolve) => setTimeout(resolve, 500))
}
const median = (pick: (opening: Opening) => number) =>
  Math.round(openings.map(pick).sort((a, b) => a - b)[Math.floor(openings.length / 2)])
const usable = openings.map((opening) => opening.usable).sort((a, b) => a - b)
console.log(
  `time to a usable catalog (200 products), CPU ${RATE}x slower, ${RUNS} cold openings: ` +
    `median ${median((o) => o.usable)} ms, best ${Math.round(usable[0])}, worst ` +
    `${Math.round(usable.at(-1) ?? 0)} (target < 2500 ms); medians on the way: scripts run ` +
    `${median((o) => o.scripts)} ms, catalog asked ${median((o) => o.asked)} ms, answered ${median((o) => o.catalog)} ms`,
)

await browser.close()
await server.stop()
await closePayload(payload)
await stopDatabase(db)
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
