import { commerceOf } from '@commerce/feature'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { type Changes, changesBetween } from './changes'
import type { AuditTarget } from './texts'
import { whoActed } from './whoActed'
import { writeEntry } from './writeEntry'

type Doc = Record<string, unknown>

/** Whether this server records changes: the commerce option `audit.enabled` (`TANDIR_AUDIT`). */
const recording = (req: PayloadRequest) => commerceOf(req.payload).options.audit.enabled

/** A password is never copied; that it changed is worth knowing. */
const PASSWORD_CHANGED: Changes = { password: { before: '•••', after: '•••' } }

/** The document's title as the admin shows it, else its id. */
function titleOf(collection: SanitizedCollectionConfig, doc: Doc): string {
  const title = doc[collection.admin?.useAsTitle ?? 'id']
  return typeof title === 'string' && title ? title : `#${String(doc.id)}`
}

async function record(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update' | 'delete',
  doc: Doc,
  changes: Changes,
) {
  if (Object.keys(changes).length === 0) return
  const target = collection.slug as AuditTarget
  await writeEntry(req, {
    operation,
    target,
    documentId: Number(doc.id),
    documentTitle: titleOf(collection, doc),
    who: whoActed(req, target, doc),
    changes,
  })
}

/**
 * Whether an update set a new password. Payload takes the password out of the data before the
 * hooks see it, so the stored hash is compared with the one before (auth collections only).
 */
async function passwordChanged(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  before: Doc,
) {
  if (!collection.auth || typeof before.hash !== 'string') return false
  const stored = await req.payload.db.findOne<{ id: number; hash?: string }>({
    collection: collection.slug,
    where: { id: { equals: before.id } },
    req,
  })
  return stored?.hash !== before.hash
}

/** Records a created or changed document, with the fields that changed. */
export const recordCollectionChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (!recording(req)) return
  const changes = changesBetween(
    collection.flattenedFields,
    operation === 'create' ? null : previousDoc,
    doc,
  )
  const password = operation === 'update' && (await passwordChanged(req, collection, previousDoc))
  await record(
    req,
    collection,
    operation,
    doc,
    password ? { ...changes, ...PASSWORD_CHANGED } : changes,
  )
}

/** Records a deleted document with the values it had. */
export const recordCollectionDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (!recording(req)) return
  await record(
    req,
    collection,
    'delete',
    doc,
    changesBetween(collection.flattenedFields, doc, null),
  )
}

/** Records a change to a global (the settings). */
export const recordGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  global,
  previousDoc,
  req,
}) => {
  if (!recording(req)) return
  const changes = changesBetween(global.flattenedFields, previousDoc, doc)
  if (Object.keys(changes).length === 0) return
  const target = global.slug as AuditTarget
  await writeEntry(req, {
    operation: 'update',
    target,
    documentId: null,
    documentTitle: null,
    who: whoActed(req, target, doc),
    changes,
  })
}
