import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

/** Where each alias of tsconfig.json points. */
const ALIASES: [prefix: string, folder: string][] = [
  ['@/', 'src/'],
  ['@collections/', 'collections/'],
  ['@commerce/', 'plugins/commerce/'],
  ['@payload-types', 'payload-types.ts'],
  ['@payload-config', 'payload.config.ts'],
]
const FEATURES = 'plugins/commerce/features/'

function sources(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)))
}

/** Every module a file imports: a repository path for ours, the package name for the others. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1])
  return specifiers.map((specifier) => {
    if (specifier.startsWith('.')) return path.join(path.dirname(file), specifier)
    const alias = ALIASES.find(([prefix]) => specifier.startsWith(prefix))
    return alias ? alias[1] + specifier.slice(alias[0].length) : specifier
  })
}

const featureOf = (target: string) =>
  target.startsWith(FEATURES) ? target.slice(FEATURES.length).split('/')[0] : null
const ours = (target: string) =>
  /^(src|collections|plugins|payload)/.test(target) || target.startsWith('@payload')

/** `file imports target` for each import that breaks the rule. */
function breaches(files: string[], refused: (file: string, target: string) => boolean) {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => refused(file, target))
      .map((target) => `${file} imports ${target}`),
  )
}

describe('import rules: features depend outward only', () => {
  it('finds the files it checks (a moved folder would make every rule pass)', () => {
    expect(sources('src/domain').length).toBeGreaterThan(10)
    expect(new Set(sources(FEATURES).map(featureOf)).size).toBeGreaterThanOrEqual(6)
  })

  it('a feature imports no other feature', () => {
    const crossing = breaches(sources(FEATURES), (file, target) => {
      const to = featureOf(target)
      return to !== null && to !== featureOf(file)
    })
    expect(crossing).toEqual([])
  })

  it("the plugin's core (bot, outbox, scheduler) imports no feature; only index.ts combines them", () => {
    const core = sources('plugins/commerce').filter(
      (file) => !file.startsWith(FEATURES) && file !== 'plugins/commerce/index.ts',
    )
    expect(breaches(core, (_, target) => featureOf(target) !== null)).toEqual([])
  })

  it('src/domain imports nothing of ours outside it, nor Payload, grammY or Stripe', () => {
    const impure = breaches(
      sources('src/domain'),
      (_, target) =>
        (ours(target) && !target.startsWith('src/domain/')) ||
        /^(payload|@payloadcms|grammy|@grammyjs|stripe)(\/|$)/.test(target),
    )
    expect(impure).toEqual([])
  })

  it('collections import nothing of the plugin', () => {
    expect(breaches(sources('collections'), (_, target) => target.startsWith('plugins/'))).toEqual(
      [],
    )
  })

  it('shared code imports neither the collections nor the plugin it serves', () => {
    const upward = breaches(sources('src/shared'), (_, target) =>
      /^(collections|plugins)\//.test(target),
    )
    expect(upward).toEqual([])
  })

  it('catches a breach when there is one (the check is not blind)', () => {
    const probe = 'plugins/commerce/features/staff/renderers.ts'
    expect(
      breaches([probe], (_, target) => target.startsWith('plugins/commerce/outbox/')).length,
    ).toBeGreaterThan(0)
  })
})
