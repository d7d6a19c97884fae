/**
 * For `bench/orders.ts`: our rules taken off the live orders collection and put back (Payload's own
 * cost of an order's shape), and our rules timed one by one (where an order write's time goes).
 *
 * Both act on `payload.collections.orders.config`, the sanitized config Payload reads on every
 * operation, so a change holds from the next write on and `restore` puts back the very same
 * functions.
 */

import { assignOrderNumber } from '@collections/Orders/hooks/assignOrderNumber'
import { defaultDeliveryAddress } from '@collections/Orders/hooks/defaultDeliveryAddress'
import { enforceClientRules } from '@collections/Orders/hooks/enforceClientRules'
import { enforceStatusWorkflow } from '@collections/Orders/hooks/enforceStatusWorkflow'
import { keepServerFields } from '@collections/Orders/hooks/keepServerFields'
import { normalizeDeliveryDate } from '@collections/Orders/hooks/normalizeDeliveryDate'
import { recordStatusHistory } from '@collections/Orders/hooks/recordStatusHistory'
import { snapshotPrices } from '@collections/Orders/hooks/snapshotPrices'
import { type OrderStep, readOrderFacts } from '@collections/Orders/orderFacts'
import type { Order } from '@payload-types'
import type { CollectionBeforeChangeHook, SanitizedCollectionConfig } from 'payload'
import { baseIDField, ValidationError, validations } from 'payload'
import { orderShapeProblems } from '@/domain/orderInput'

type Fn = (...args: never[]) => unknown
type Undo = () => void
// Fields as Payload keeps them after sanitizing: any kind, with its children under one of these keys.
type AnyField = Record<string, unknown> & {
  name?: string
  type: string
  virtual?: unknown
  validate?: Fn
  hooks?: Record<string, Fn[] | undefined>
  fields?: AnyField[]
  flattenedFields?: AnyField[]
  tabs?: { name?: string; fields?: AnyField[]; flattenedFields?: AnyField[] }[]
  blocks?: { slug: string; fields?: AnyField[]; flattenedFields?: AnyField[] }[]
}

/**
 * Field hooks Payload gives fields itself: the row id of arrays and blocks (`baseIDField`), and
 * `beforeDuplicate` (`setDefaultBeforeDuplicate`, never run on create). They stay in the baseline.
 */
const PAYLOADS_FIELD_HOOKS = new Set(['beforeDuplicate'])
const PAYLOADS_HOOK_FUNCTIONS = new Set<unknown>(Object.values(baseIDField.hooks ?? {}).flat())
const isOurs = (hook: Fn) => !PAYLOADS_HOOK_FUNCTIONS.has(hook)

/** Payload's own validate, as `sanitizeFields` gives a field that brings none. */
function isPayloadsValidate(validate: Fn): boolean {
  const source = String(validate).replace(/\s+/g, '')
  return source.includes('defaultValidate(') || source === '()=>true'
}

/** Every field of the collection once, with its path, whether Payload holds it in `fields` or `flattenedFields`. */
function fieldsOf(config: SanitizedCollectionConfig): { path: string; field: AnyField }[] {
  const seen = new Set<AnyField>()
  const found: { path: string; field: AnyField }[] = []
  const walk = (fields: AnyField[] | undefined, prefix: string) => {
    for (const field of fields ?? []) {
      const path = field.name ? (prefix ? `${prefix}.${field.name}` : field.name) : prefix
      if (!seen.has(field)) {
        seen.add(field)
        found.push({ path, field })
      }
      walk(field.fields, path)
      walk(field.flattenedFields, path)
      for (const tab of field.tabs ?? []) {
        const at = tab.name ? (path ? `${path}.${tab.name}` : tab.name) : path
        walk(tab.fields, at)
        walk(tab.flattenedFields, at)
      }
      for (const block of field.blocks ?? []) {
        walk(block.fields, `${path}.${block.slug}`)
        walk(block.flattenedFields, `${path}.${block.slug}`)
      }
    }
  }
  walk(config.fields as unknown as AnyField[], '')
  walk(config.flattenedFields as unknown as AnyField[], '')
  return found
}

/** A hook's function name, else the start of its source: enough to find it. */
const nameOf = (fn: Fn) => fn.name || `anonymous ${String(fn).replace(/\s+/g, ' ').slice(0, 36)}…`
/** Undoes the changes, the last one first. */
function undoAll(undo: Undo[]): void {
  for (const step of undo.reverse()) step()
}
const collectionHooks = (config: SanitizedCollectionConfig) =>
  config.hooks as unknown as Record<string, Fn[] | undefined>

/**
 * Takes our rules off the collection: its hooks of every kind (its own and the commerce
 * plugin's), our fields' hooks, and our fields' `validate`, which becomes the one Payload gives a
 * field of that type. What is left is Payload's own work for the same document. Says what it took.
 */
export function stripOrderRules(config: SanitizedCollectionConfig): {
  restore: Undo
  stripped: string[]
} {
  const undo: Undo[] = []
  const stripped: string[] = []
  const hooks = collectionHooks(config)
  for (const [kind, list] of Object.entries(hooks)) {
    if (!Array.isArray(list) || list.length === 0) continue
    hooks[kind] = []
    undo.push(() => {
      hooks[kind] = list
    })
    stripped.push(`collection ${kind}: ${list.map(nameOf).join(', ')}`)
  }
  for (const { path, field } of fieldsOf(config)) {
    const ours = field.validate
    if (typeof ours === 'function' && !isPayloadsValidate(ours)) {
      const payloads = (validations as unknown as Record<string, Fn | undefined>)[field.type]
      field.validate = (
        field.virtual || !payloads
          ? () => true
          : (value: unknown, options: object) =>
              (payloads as (value: unknown, options: object) => unknown)(value, {
                ...field,
                ...options,
              })
      ) as Fn
      undo.push(() => {
        field.validate = ours
      })
      stripped.push(`validate ${path}`)
    }
    for (const [kind, list] of Object.entries(field.hooks ?? {})) {
      if (PAYLOADS_FIELD_HOOKS.has(kind) || !Array.isArray(list) || !list.some(isOurs)) continue
      field.hooks![kind] = list.filter((hook) => !isOurs(hook))
      undo.push(() => {
        field.hooks![kind] = list
      })
      stripped.push(`field ${path} ${kind}: ${list.filter(isOurs).map(nameOf).join(', ')}`)
    }
  }
  return { restore: () => undoAll(undo), stripped }
}

/** Wall and CPU time (this process's) per label, summed over the calls. */
export class HookTimes {
  readonly wall = new Map<string, number>()
  readonly cpu = new Map<string, number>()
  readonly calls = new Map<string, number>()

  add(label: string, wallMs: number, cpuMs: number) {
    this.wall.set(label, (this.wall.get(label) ?? 0) + wallMs)
    this.cpu.set(label, (this.cpu.get(label) ?? 0) + cpuMs)
    this.calls.set(label, (this.calls.get(label) ?? 0) + 1)
  }

  /** Starts a lap; the returned function ends it under `label` and starts the next. */
  lap() {
    let wall = performance.now()
    let cpu = process.cpuUsage()
    return (label: string) => {
      const nowWall = performance.now()
      const used = process.cpuUsage(cpu)
      this.add(label, nowWall - wall, (used.user + used.system) / 1000)
      wall = nowWall
      cpu = process.cpuUsage()
    }
  }
}

/** `fn` with its time added to `label`, sync or async as it was. */
function timed<F extends Fn>(fn: F, label: string, times: HookTimes): F {
  return function (this: unknown, ...args: never[]) {
    const done = times.lap()
    let result: unknown
    try {
      result = fn.apply(this, args)
    } catch (error) {
      done(label)
      throw error
    }
    if (result instanceof Promise) return result.finally(() => done(label))
    done(label)
    return result
  } as F
}

/**
 * `prepareOrder` as `collections/Orders/hooks/prepareOrder.ts` writes it (the shape check, one read
 * of the facts, then the steps in turn), with a lap after each part. Its STEPS list is not
 * exported, so this one restates it: keep the two alike (`bench/orders.ts` checks that both write
 * the same order before it uses this one).
 */
const STEPS: [string, OrderStep][] = [
  ['keepServerFields', keepServerFields],
  ['enforceStatusWorkflow', enforceStatusWorkflow],
  ['snapshotPrices', snapshotPrices],
  ['enforceClientRules', enforceClientRules],
  ['defaultDeliveryAddress', defaultDeliveryAddress],
  ['normalizeDeliveryDate', normalizeDeliveryDate],
  ['assignOrderNumber', assignOrderNumber],
  ['recordStatusHistory', recordStatusHistory],
]
export const PREPARE_ORDER_PARTS = [
  'orderShapeProblems',
  'readOrderFacts',
  ...STEPS.map(([name]) => name),
]

export function lappedPrepareOrder(
  times: HookTimes,
  prefix: string,
): CollectionBeforeChangeHook<Order> {
  return async function prepareOrder(write) {
    const lap = times.lap()
    const problems = orderShapeProblems(write.data)
    lap(`${prefix}orderShapeProblems`)
    if (problems.length) throw new ValidationError({ collection: 'orders', errors: problems })
    const facts = await readOrderFacts(write)
    lap(`${prefix}readOrderFacts`)
    let data = write.data
    for (const [name, step] of STEPS) {
      data = await step({ ...write, data }, facts)
      lap(`${prefix}${name}`)
    }
    return data
  }
}

/**
 * Puts `replace[name]` in place of the collection hook of that name (none: the hooks as they are),
 * or with `times`, wraps every collection hook, our fields' hooks and our fields' `validate` in a
 * timer. Labels: `<kind> <function>` for collection hooks, `field <path> validate` and
 * `field <path> <kind>` for fields.
 */
export function instrumentOrderRules(
  config: SanitizedCollectionConfig,
  { times, replace = {} }: { times?: HookTimes; replace?: Record<string, Fn> },
): Undo {
  const undo: Undo[] = []
  const hooks = collectionHooks(config)
  for (const [kind, list] of Object.entries(hooks)) {
    if (!Array.isArray(list) || list.length === 0) continue
    hooks[kind] = list.map((hook) => {
      const used = replace[hook.name] ?? hook
      return times ? timed(used, `${kind} ${nameOf(hook)}`, times) : used
    })
    undo.push(() => {
      hooks[kind] = list
    })
  }
  if (!times) return () => undoAll(undo)
  for (const { path, field } of fieldsOf(config)) {
    const ours = field.validate
    if (typeof ours === 'function' && !isPayloadsValidate(ours)) {
      field.validate = timed(ours, `field ${path} validate`, times)
      undo.push(() => {
        field.validate = ours
      })
    }
    for (const [kind, list] of Object.entries(field.hooks ?? {})) {
      if (PAYLOADS_FIELD_HOOKS.has(kind) || !Array.isArray(list) || !list.some(isOurs)) continue
      field.hooks![kind] = list.map((hook) =>
        isOurs(hook) ? timed(hook, `field ${path} ${kind}`, times) : hook,
      )
      undo.push(() => {
        field.hooks![kind] = list
      })
    }
  }
  return () => undoAll(undo)
}
