'use client'
import { useCallback, useEffect, useMemo, useState } from 'react'

import type { Language } from '@/domain/languages'
import { MINIAPP_TEXTS, miniappLanguage } from '@/domain/miniappTexts'

import { type Catalog, type Me, miniappApi, readAnswer } from './api'
import { CartScreen } from './CartScreen'
import { CatalogScreen } from './CatalogScreen'
import { CheckoutScreen } from './CheckoutScreen'
import { type Cart, loadCart, saveCart } from './cartStorage'
import { takeFirstCalls } from './firstCalls'
import { NotInTelegram } from './NotInTelegram'
import { OrderScreen } from './OrderScreen'
import { OrdersScreen } from './OrdersScreen'
import { isDarkTheme, type Launch, startTelegram } from './telegram'
import { LanguageContext } from './texts'
import { type MainAction, useBackButton, useMainButton } from './useMainButton'

export type Screen =
  | { name: 'catalog' }
  | { name: 'cart' }
  | { name: 'checkout' }
  | { name: 'orders' }
  | { name: 'order'; id: number }

/** What every screen gets from the shell. */
export interface ScreenProps {
  launch: Launch
  api: ReturnType<typeof miniappApi>
  me: Me
  catalog: Catalog
  cart: Cart
  setCart: (cart: Cart) => void
  go: (screen: Screen) => void
  /** Says something to the user above the screens (what a repeat could not bring back). */
  notify: (text: string) => void
  /** Leaves the screens behind for `screen`, with the catalog under it (after an order is placed). */
  restart: (screen: Screen) => void
  /** Puts the screen's action on Telegram's main button (drawn in the page outside Telegram). */
  setAction: (action: MainAction | null) => void
}

/** The shop inside Telegram: starts the SDK, loads the caller and the catalog, and switches screens. */
export function MiniApp() {
  const [launch, setLaunch] = useState<Launch | null | 'starting'>('starting')
  useEffect(() => {
    const started = startTelegram()
    if (started) {
      document.documentElement.lang = started.language
      document.documentElement.dataset.theme = isDarkTheme() ? 'dark' : 'light'
    }
    setLaunch(started)
  }, [])
  if (launch === 'starting') return null
  if (!launch) return <NotInTelegram language={browserLanguage()} />
  return (
    <LanguageContext.Provider value={launch.language}>
      <Shop launch={launch} />
    </LanguageContext.Provider>
  )
}

function Shop({ launch }: { launch: Launch }) {
  const texts = MINIAPP_TEXTS[launch.language]
  const api = useMemo(() => miniappApi(launch.rawInitData), [launch.rawInitData])
  const [loaded, setLoaded] = useState<{ me: Me; catalog: Catalog } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [cart, setCartState] = useState<Cart | null>(null)
  const [stack, setStack] = useState<Screen[]>([{ name: 'catalog' }])
  const [action, setAction] = useState<MainAction | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(() => {
    setFailure(null)
    const first = takeFirstCalls(launch.rawInitData)
    Promise.all(
      first
        ? [readAnswer<Me>(first.me), readAnswer<Catalog>(first.catalog)]
        : [api.me(), api.catalog()],
    ).then(
      ([me, catalog]) => setLoaded({ me, catalog }),
      (error: Error) => setFailure(error.message),
    )
  }, [api, launch.rawInitData])
  useEffect(load, [load])
  useEffect(() => {
    loadCart(launch.native).then(setCartState, () => setCartState({}))
  }, [launch.native])

  const setCart = useCallback(
    (next: Cart) => {
      setCartState(next)
      void saveCart(next, launch.native)
    },
    [launch.native],
  )
  const go = useCallback((screen: Screen) => setStack((now) => [...now, screen]), [])
  const restart = useCallback((screen: Screen) => setStack([{ name: 'catalog' }, screen]), [])
  const back =
    stack.length > 1
      ? () => {
          setNotice(null)
          setStack((now) => now.slice(0, -1))
        }
      : null
  useBackButton(back)
  useMainButton(launch.native ? action : null)

  if (failure)
    return (
      <main className="page center">
        <p className="hint">{texts.loadFailed}</p>
        <p className="error" data-testid="load-error">
          {failure}
        </p>
        <button type="button" className="button" onClick={load}>
          {texts.retry}
        </button>
      </main>
    )
  if (!loaded || !cart)
    return (
      <main className="page center">
        <p className="hint">{texts.loading}</p>
      </main>
    )
  const screen = stack[stack.length - 1]
  const props: ScreenProps = {
    launch,
    api,
    ...loaded,
    cart,
    setCart,
    go,
    restart,
    notify: setNotice,
    setAction,
  }
  return (
    <>
      {!launch.native && back && (
        <button type="button" className="link back" onClick={back}>
          ← {texts.back}
        </button>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="notice">
          {notice}
        </p>
      )}
      {screen.name === 'catalog' && <CatalogScreen {...props} />}
      {screen.name === 'cart' && <CartScreen {...props} />}
      {screen.name === 'checkout' && <CheckoutScreen {...props} />}
      {screen.name === 'orders' && <OrdersScreen {...props} />}
      {screen.name === 'order' && <OrderScreen key={screen.id} id={screen.id} {...props} />}
      {!launch.native && action && (
        <div className="main-button-bar">
          <button
            type="button"
            className="button main"
            data-testid="main-button"
            disabled={!action.enabled || action.loading}
            onClick={action.run}
          >
            {action.text}
          </button>
        </div>
      )}
    </>
  )
}

/** Outside Telegram there is no init data: the browser's language picks the message's. */
function browserLanguage(): Language {
  return miniappLanguage(navigator.language)
}
