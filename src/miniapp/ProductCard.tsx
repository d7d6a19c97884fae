'use client'
import { isOutOfStock } from '@/domain/stock'
import type { Product } from './api'
import { photoUrl } from './photo'
import { leastOf } from './quantities'
import { useTexts } from './texts'

interface Props {
  product: Product
  quantity: number
  currency?: string
  onAdd: () => void
  onRemove: () => void
}

/** A product with the caller's price (a negotiated one marked) and its quantity in the cart. */
export function ProductCard({ product, quantity, currency, onAdd, onRemove }: Props) {
  const { t, money, unitLabel } = useTexts()
  const photo = photoUrl(product.photo)
  const unit = unitLabel(product.unit)
  const negotiated = product.negotiated && product.basePrice !== product.price
  return (
    <li className="product" data-testid={`product-${product.id}`}>
      {photo ? (
        // biome-ignore lint/performance/noImgElement: the media collection already serves resized variants; next/image would add JS to a page on a budget
        <img className="photo" src={photo} alt="" loading="lazy" width={72} height={72} />
      ) : (
        <div className="photo placeholder" aria-hidden="true" />
      )}
      <div className="product-body">
        <div className="product-name">{product.name}</div>
        <div className="price">
          <span data-testid="price">
            {money(product.price, currency)} / {unit}
          </span>
          {negotiated && (
            <span className="badge" data-testid="negotiated">
              {t('yourPrice')}
            </span>
          )}
          {negotiated && <s className="hint">{money(product.basePrice, currency)}</s>}
        </div>
        {leastOf(product) > 1 && (
          <div className="hint">
            {t('minimum')} {leastOf(product)} {unit}
          </div>
        )}
      </div>
      {quantity > 0 ? (
        <div className="stepper">
          <button type="button" aria-label="−" onClick={onRemove}>
            −
          </button>
          <span data-testid="quantity">{quantity}</span>
          <button type="button" aria-label="+" onClick={onAdd}>
            +
          </button>
        </div>
      ) : isOutOfStock(product.stockAvailable) ? (
        <span className="badge" data-testid="out-of-stock">
          {t('outOfStock')}
        </span>
      ) : (
        <button type="button" className="button small" onClick={onAdd}>
          {t('add')}
        </button>
      )}
    </li>
  )
}
