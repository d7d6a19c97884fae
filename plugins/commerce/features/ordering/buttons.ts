import { buttonFamily, ID } from '@commerce/bot/callbackData'

/** The language picker; stateless, so an old picker still works after a restart. */
export const languageButtons = buttonFamily('lang', { code: /\w{1,8}/ })

/** "Change this detail" in `/profile`. */
export const profileButtons = buttonFamily('pf', { field: /\w{1,32}/ })

/** The client's own orders: open one, cancel it while new, repeat it. */
export const myOrderButtons = buttonFamily('my', { order: ID })
export const cancelMyOrderButtons = buttonFamily('mycancel', { order: ID })
export const repeatOrderButtons = buttonFamily('repeat', { order: ID })

/** The steps of putting an order together; each works on the chat's draft. */
export const orderButtons = {
  more: buttonFamily('o-more', {}),
  category: buttonFamily('o-cat', { category: ID }),
  product: buttonFamily('o-prod', { product: ID }),
  done: buttonFamily('o-done', {}),
  skipComment: buttonFamily('o-skip', {}),
  fulfillment: buttonFamily('o-way', { fulfillment: /delivery|pickup/ }),
  date: buttonFamily('o-date', { day: /\d{4}-\d{2}-\d{2}/ }),
  profile: buttonFamily('o-profile', {}),
  /** Carries a fingerprint of the summary shown, so a press on an older summary is caught. */
  confirm: buttonFamily('o-confirm', { shown: /\w{1,40}/ }),
  abort: buttonFamily('o-abort', {}),
}
