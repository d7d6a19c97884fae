import type { CollectionAdditions } from '@commerce/feature'
import type { Translated } from '@/domain/languages'
import { deleteDependents, refuseDeleteWhileUsed } from '@/shared/deletion'

const HAS_LEDGER: Translated = {
  ru: 'У клиента есть история кредитов ({count} проводок): её нельзя удалить',
  uz: "Mijozning kredit tarixi bor ({count} ta yozuv): uni o'chirib bo'lmaydi",
  en: 'The client has a credit history ({count} ledger entries): it cannot be deleted',
}
const HAS_UNLOCKS: Translated = {
  ru: 'Клиент купил премиум-материалы ({count}): его нельзя удалить',
  uz: "Mijoz premium materiallar sotib olgan ({count}): uni o'chirib bo'lmaydi",
  en: 'The client bought premium content ({count}): they cannot be deleted',
}
const SOLD_FILE: Translated = {
  ru: 'Файл продаётся как премиум-материал ({count}): сначала удалите или замените материал',
  uz: "Fayl premium material sifatida sotiladi ({count}): avval materialni o'chiring yoki almashtiring",
  en: 'The file is sold as premium content ({count}): delete or change that content first',
}

/**
 * Money's history outlives a delete: a client with ledger entries or unlocks stays (an empty
 * wallet goes with them), and a file sold as premium content stays while the content does.
 */
export const keepCreditHistory: {
  clients: CollectionAdditions
  media: CollectionAdditions
} = {
  clients: {
    beforeDelete: [
      refuseDeleteWhileUsed('ledger-entries', 'client', HAS_LEDGER),
      refuseDeleteWhileUsed('unlocks', 'client', HAS_UNLOCKS),
      deleteDependents('wallets', 'client'),
    ],
  },
  media: { beforeDelete: [refuseDeleteWhileUsed('premium-content', 'file', SOLD_FILE)] },
}
