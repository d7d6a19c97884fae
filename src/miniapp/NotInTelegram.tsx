import type { Language } from '@/domain/languages'
import { MINIAPP_TEXTS } from '@/domain/miniappTexts'

/** What an ordinary browser shows: no launch parameters, so no user to shop as. */
export function NotInTelegram({ language }: { language: Language }) {
  const texts = MINIAPP_TEXTS[language]
  return (
    <main className="page center" data-testid="not-in-telegram">
      <h1>{texts.notInTelegramTitle}</h1>
      <p>{texts.notInTelegramBody}</p>
      <p className="hint">{texts.notInTelegramHint}</p>
    </main>
  )
}
