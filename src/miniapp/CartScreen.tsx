'use client'
import type { ScreenProps } from './MiniApp'
import { added, cartLines, removed, totalOf } from './quantities'
import { haptic } from './telegram'
import { useTexts } from './texts'
import { useScreenAction } from './useMainButton'

/** The cart's lines at the caller's prices, with the total and the way to checkout. */
export function CartScreen({ catalog, cart, setCart, go, setAction }: ScreenProps) {
  const { t, money, unitLabel } = useTexts()
  const currency = catalog.currency
  const lines = cartLines(cart, catalog.products)
  const total = totalOf(lines)
  useScreenAction(
    setAction,
    lines.length
      ? { text: t('toCheckout'), enabled: true, run: () => go({ name: 'checkout' }) }
      : null,
  )
  return (
    <main className="page">
      <h1>{t('cart')}</h1>
      {lines.length === 0 && <p className="hint">{t('cartEmpty')}</p>}
      <ul className="lines" data-testid="cart-lines">
        {lines.map(({ product, quantity, lineTotal }) => (
          <li key={product.id} className="line">
            <div className="line-name">{product.name}</div>
            <div className="stepper">
              <button
                type="button"
                aria-label="−"
                onClick={() => {
                  haptic.tap()
                  setCart(removed(cart, product))
                }}
              >
                −
              </button>
              <span data-testid="quantity">
                {quantity} {unitLabel(product.unit)}
              </span>
              <button
                type="button"
                aria-label="+"
                onClick={() => {
                  haptic.tap()
                  setCart(added(cart, product))
                }}
              >
                +
              </button>
            </div>
            <div className="line-total">{money(lineTotal, currency)}</div>
          </li>
        ))}
      </ul>
      {lines.length > 0 && (
        <p className="total" data-testid="cart-total">
          {t('total')}: {money(total, currency)}
        </p>
      )}
    </main>
  )
}
