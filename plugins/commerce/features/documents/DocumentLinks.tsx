'use client'

type Format = 'html' | 'xlsx'

/** A document's two ways out: the A4 page to print (a new tab) and the XLSX to download. */
export function DocumentLinks({
  url,
  print,
  xlsx,
}: {
  url: (format: Format) => string
  print: string
  xlsx: string
}) {
  const button = 'btn btn--style-secondary btn--size-small'
  return (
    <>
      <a className={button} style={{ margin: 0 }} href={url('html')} target="_blank" rel="noopener">
        {print}
      </a>
      <a className={button} style={{ margin: 0 }} href={url('xlsx')} download>
        {xlsx}
      </a>
    </>
  )
}
