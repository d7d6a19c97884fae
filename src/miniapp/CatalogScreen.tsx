'use client'
import { useMemo, useState } from 'react'

import type { ScreenProps } from './MiniApp'
import { ProductCard } from './ProductCard'
import { photoUrl } from './photo'
import { added, cartLines, removed, totalOf } from './quantities'
import { haptic } from './telegram'
import { useTexts } from './texts'
import { useScreenAction } from './useMainButton'

/** Categories with photos, a search, and the products at the caller's prices. */
export function CatalogScreen({ catalog, cart, setCart, go, setAction }: ScreenProps) {
  const { t, money } = useTexts()
  const [category, setCategory] = useState<number | null>(null)
  const [query, setQuery] = useState('')
  const currency = catalog.currency
  // A category's picture is its first product's photo: categories carry none of their own.
  const categoryPhotos = useMemo(() => {
    const photos = new Map<number, string>()
    for (const product of catalog.products) {
      const photo = photoUrl(product.photo)
      if (photo && product.category !== null && !photos.has(product.category))
        photos.set(product.category, photo)
    }
    return photos
  }, [catalog.products])
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase()
    return catalog.products.filter(
      (product) =>
        (category === null || product.category === category) &&
        (!words || product.name.toLowerCase().includes(words)),
    )
  }, [catalog.products, category, query])
  const lines = cartLines(cart, catalog.products)
  const count = lines.length
  useScreenAction(
    setAction,
    count
      ? {
          text: `${t('cart')} · ${money(totalOf(lines), currency)}`,
          enabled: true,
          run: () => go({ name: 'cart' }),
        }
      : null,
  )
  return (
    <main className="page">
      <header className="bar">
        <h1>{t('title')}</h1>
        <nav>
          <button type="button" className="link" onClick={() => go({ name: 'orders' })}>
            {t('myOrders')}
          </button>
          <button
            type="button"
            className="link"
            data-testid="open-cart"
            onClick={() => go({ name: 'cart' })}
          >
            {t('cart')} ({count})
          </button>
        </nav>
      </header>
      <input
        className="search"
        type="search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="categories" data-testid="categories">
        <li>
          <button
            type="button"
            className={category === null ? 'category chosen' : 'category'}
            onClick={() => setCategory(null)}
          >
            <span className="category-name">{t('allCategories')}</span>
          </button>
        </li>
        {catalog.categories.map((each) => {
          const photo = categoryPhotos.get(each.id)
          return (
            <li key={each.id}>
              <button
                type="button"
                className={category === each.id ? 'category chosen' : 'category'}
                onClick={() => {
                  haptic.select()
                  setCategory(each.id)
                }}
              >
                {photo && (
                  // biome-ignore lint/performance/noImgElement: the media collection already serves resized variants; next/image would add JS to a page on a budget
                  <img className="category-photo" src={photo} alt="" width={48} height={48} />
                )}
                <span className="category-name">{each.name}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {shown.length === 0 && <p className="hint">{t('nothingFound')}</p>}
      <ul className="products" data-testid="products">
        {shown.map((product) => (
          <ProductCard
            key={product.id}
            product={product}
            currency={currency}
            quantity={cart[product.id] ?? 0}
            onAdd={() => {
              haptic.tap()
              setCart(added(cart, product))
            }}
            onRemove={() => {
              haptic.tap()
              setCart(removed(cart, product))
            }}
          />
        ))}
      </ul>
    </main>
  )
}
