import type { CollectionConfig } from 'payload'
import { admins, staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'
import { resetRetriedRow } from './hooks/resetRetriedRow'

/**
 * Messages waiting to leave the system. A row is written in the same transaction as the change
 * it announces, so a rolled-back change announces nothing; a dispatcher sends rows after commit.
 */
export function outboxCollection(): CollectionConfig {
  return {
    slug: 'outbox',
    labels: {
      singular: { ru: 'Исходящее уведомление', uz: 'Chiquvchi xabar', en: 'Outbox message' },
      plural: { ru: 'Исходящие', uz: 'Chiquvchi xabarlar', en: 'Outbox' },
    },
    admin: {
      group: { ru: 'Система', uz: 'Tizim', en: 'System' },
      defaultColumns: ['createdAt', 'topic', 'status', 'attempts', 'lastError'],
      description: {
        ru: 'Уведомления: ждут отправки, отправлены или отложены как «мёртвые» после последней попытки. Чтобы повторить «мёртвое», верните ему статус «Ожидает».',
        uz: "Bildirishnomalar: yuborilishini kutmoqda, yuborilgan yoki oxirgi urinishdan keyin «o'lik» deb to'xtatilgan. «O'lik»ni qayta yuborish uchun holatini «Kutilmoqda»ga qaytaring.",
        en: 'Notifications waiting to be sent, sent, or parked as dead after their last try. To retry a dead one, set it back to Pending.',
      },
    },
    access: {
      read: staff,
      create: () => false,
      update: admins,
      delete: () => false,
    },
    hooks: { beforeChange: [resetRetriedRow] },
    // The claim's "no earlier pending row in this sequence" looks rows up by sequence.
    indexes: [{ fields: ['status', 'availableAt'] }, { fields: ['sequence', 'status'] }],
    fields: [
      {
        name: 'topic',
        label: { ru: 'Тема', uz: 'Mavzu', en: 'Topic' },
        type: 'text',
        required: true,
        index: true,
        admin: {
          description: {
            ru: 'Что произошло, например order.status_changed',
            uz: "Nima bo'ldi, masalan order.status_changed",
            en: 'What happened, e.g. order.status_changed',
          },
        },
      },
      {
        name: 'payload',
        label: { ru: 'Данные', uz: "Ma'lumotlar", en: 'Data' },
        type: 'json',
        required: true,
        admin: { components: { Field: '/src/admin/JsonView#JsonView' } },
      },
      {
        name: 'sequence',
        label: { ru: 'Очередь', uz: 'Navbat', en: 'Sequence' },
        type: 'text',
        admin: {
          readOnly: true,
          description: {
            ru: 'Строки одной очереди (клиент, карточка заказа) отправляются по одной, по порядку.',
            uz: 'Bitta navbatdagi qatorlar (mijoz, buyurtma kartochkasi) birma-bir, tartib bilan yuboriladi.',
            en: 'Rows of one sequence (a client, an order card) are sent one at a time, in order.',
          },
        },
      },
      {
        name: 'status',
        label: { ru: 'Статус', uz: 'Holati', en: 'Status' },
        type: 'select',
        defaultValue: 'pending',
        options: [
          { label: { ru: 'Ожидает', uz: 'Kutilmoqda', en: 'Pending' }, value: 'pending' },
          { label: { ru: 'Отправлено', uz: 'Yuborilgan', en: 'Sent' }, value: 'sent' },
          { label: { ru: 'Мёртвое', uz: "O'lik", en: 'Dead' }, value: 'dead' },
        ],
      },
      {
        name: 'attempts',
        label: { ru: 'Попытки', uz: 'Urinishlar', en: 'Attempts' },
        type: 'number',
        defaultValue: 0,
      },
      {
        name: 'availableAt',
        label: { ru: 'Не раньше', uz: 'Eng erta', en: 'Not before' },
        type: 'date',
        admin: {
          date: MOMENT,
          description: {
            ru: 'Не отправляется раньше этого времени (пауза между попытками).',
            uz: 'Bu vaqtdan oldin yuborilmaydi (urinishlar orasidagi tanaffus).',
            en: 'Not sent before this time (back-off).',
          },
        },
      },
      {
        name: 'sentAt',
        label: { ru: 'Отправлено в', uz: 'Yuborilgan vaqt', en: 'Sent at' },
        type: 'date',
        admin: { date: MOMENT },
      },
      {
        name: 'lastError',
        label: { ru: 'Последняя ошибка', uz: 'Oxirgi xato', en: 'Last error' },
        type: 'textarea',
      },
    ],
  }
}
