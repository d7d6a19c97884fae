import type { AdminTexts, Translated } from '@/admin/i18n/adminLanguages'

/** What the log records changes to: business collections and the settings global. */
export const AUDITED_COLLECTIONS = [
  'orders',
  'client-prices',
  'clients',
  'products',
  'transactions',
  'users',
] as const
export const AUDITED_GLOBALS = ['settings'] as const
export type AuditTarget = (typeof AUDITED_COLLECTIONS)[number] | (typeof AUDITED_GLOBALS)[number]

export const TARGET_LABELS: Record<AuditTarget, Translated> = {
  orders: { ru: 'Заказы', uz: 'Buyurtmalar', en: 'Orders' },
  'client-prices': { ru: 'Цены клиентов', uz: 'Mijoz narxlari', en: 'Client prices' },
  clients: { ru: 'Клиенты', uz: 'Mijozlar', en: 'Clients' },
  products: { ru: 'Товары', uz: 'Mahsulotlar', en: 'Products' },
  transactions: { ru: 'Платежи', uz: "To'lovlar", en: 'Transactions' },
  users: { ru: 'Пользователи', uz: 'Foydalanuvchilar', en: 'Users' },
  settings: { ru: 'Настройки', uz: 'Sozlamalar', en: 'Settings' },
}

/** The doors a change comes through: Payload's own three, and ours (`src/shared/writeOrigin.ts`). */
export const DOORS = ['rest', 'graphql', 'local', 'bot', 'miniapp', 'job', 'webhook'] as const
export type Door = (typeof DOORS)[number]

export const DOOR_LABELS: Record<Door, Translated> = {
  rest: { ru: 'Админка / REST', uz: 'Admin panel / REST', en: 'Admin / REST' },
  graphql: { ru: 'GraphQL', uz: 'GraphQL', en: 'GraphQL' },
  local: { ru: 'Сервер (Local API)', uz: 'Server (Local API)', en: 'Server (Local API)' },
  bot: { ru: 'Телеграм-бот', uz: 'Telegram bot', en: 'Telegram bot' },
  miniapp: { ru: 'Мини-приложение', uz: 'Mini ilova', en: 'Mini App' },
  job: { ru: 'Задание по расписанию', uz: 'Rejali vazifa', en: 'Scheduled job' },
  webhook: { ru: 'Вебхук', uz: 'Vebhuk', en: 'Webhook' },
}

export const OPERATIONS = ['create', 'update', 'delete'] as const
export type AuditOperation = (typeof OPERATIONS)[number]

export const OPERATION_LABELS: Record<AuditOperation, Translated> = {
  create: { ru: 'Создание', uz: 'Yaratish', en: 'Created' },
  update: { ru: 'Изменение', uz: "O'zgartirish", en: 'Changed' },
  delete: { ru: 'Удаление', uz: "O'chirish", en: 'Deleted' },
}

/** Who acted, as `src/domain/orderWorkflow.ts` names them. */
export const ACTORS = ['staff', 'client', 'system'] as const
export const ACTOR_LABELS: Record<(typeof ACTORS)[number], Translated> = {
  staff: { ru: 'Сотрудник', uz: 'Xodim', en: 'Staff' },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  system: { ru: 'Система', uz: 'Tizim', en: 'System' },
}

/** Labels of the log's own fields. */
export const FIELD_LABELS = {
  createdAt: { ru: 'Когда', uz: 'Qachon', en: 'When' },
  operation: { ru: 'Действие', uz: 'Amal', en: 'Action' },
  target: { ru: 'Раздел', uz: "Bo'lim", en: 'Collection' },
  documentId: { ru: 'ID документа', uz: 'Hujjat ID', en: 'Document ID' },
  documentTitle: { ru: 'Документ', uz: 'Hujjat', en: 'Document' },
  actor: { ru: 'Кто (вид)', uz: 'Kim (turi)', en: 'Actor kind' },
  user: { ru: 'Сотрудник', uz: 'Xodim', en: 'Staff member' },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  actorName: { ru: 'Кто', uz: 'Kim', en: 'Who' },
  door: { ru: 'Откуда', uz: 'Qayerdan', en: 'Door' },
  via: { ru: 'Задание или вебхук', uz: 'Vazifa yoki vebhuk', en: 'Job or webhook' },
  changedFields: { ru: 'Изменённые поля', uz: "O'zgargan maydonlar", en: 'Changed fields' },
  changes: { ru: 'Было → стало', uz: 'Oldin → keyin', en: 'Before → after' },
  retentionDays: {
    ru: 'Хранить журнал изменений, дней',
    uz: "O'zgarishlar jurnalini saqlash, kun",
    en: 'Keep the audit log for (days)',
  },
} satisfies Record<string, Translated>

export const RETENTION_DESCRIPTION: Translated = {
  ru: 'Записи старше удаляются каждую ночь.',
  uz: "Bundan eski yozuvlar har kecha o'chiriladi.",
  en: 'Older entries are deleted every night.',
}

export const COLLECTION_LABELS = {
  singular: { ru: 'Запись журнала', uz: 'Jurnal yozuvi', en: 'Audit entry' },
  plural: { ru: 'Журнал изменений', uz: "O'zgarishlar jurnali", en: 'Audit log' },
  group: { ru: 'Настройки', uz: 'Sozlamalar', en: 'Settings' },
} satisfies Record<string, Translated>

/** The trail under an audited document. */
export const TRAIL_TEXTS: AdminTexts<
  | 'title'
  | 'empty'
  | 'failed'
  | 'all'
  | 'when'
  | 'who'
  | 'door'
  | 'changes'
  | 'row'
  | 'added'
  | 'removed'
  | 'yes'
  | 'no'
> = {
  ru: {
    title: 'История изменений',
    empty: 'Изменений пока нет.',
    failed: 'Не удалось загрузить историю изменений.',
    all: 'Весь журнал этого документа',
    when: 'Когда',
    who: 'Кто',
    door: 'Откуда',
    changes: 'Было → стало',
    row: 'строка',
    added: 'добавлена',
    removed: 'удалена',
    yes: 'да',
    no: 'нет',
  },
  uz: {
    title: "O'zgarishlar tarixi",
    empty: "Hozircha o'zgarishlar yo'q.",
    failed: "O'zgarishlar tarixini yuklab bo'lmadi.",
    all: 'Ushbu hujjatning butun jurnali',
    when: 'Qachon',
    who: 'Kim',
    door: 'Qayerdan',
    changes: 'Oldin → keyin',
    row: 'qator',
    added: "qo'shildi",
    removed: "o'chirildi",
    yes: 'ha',
    no: "yo'q",
  },
  en: {
    title: 'Change history',
    empty: 'No changes yet.',
    failed: 'Could not load the change history.',
    all: "This document's whole log",
    when: 'When',
    who: 'Who',
    door: 'Door',
    changes: 'Before → after',
    row: 'row',
    added: 'added',
    removed: 'removed',
    yes: 'yes',
    no: 'no',
  },
}
