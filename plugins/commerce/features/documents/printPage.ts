import { ADMIN_LANGUAGES, type AdminLanguage } from '@/admin/i18n/adminLanguages'
import { LANGUAGE_NAMES } from '@/domain/languages'
import type { DocumentTexts } from './documentTexts'

/** Markup already made safe: `html` puts it in as it is. */
export class Markup {
  constructor(readonly text: string) {}
  toString() {
    return this.text
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.text
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char])
}

/**
 * HTML with every value escaped: a client named `<b>Cafe</b>` prints as typed. Nested `html`
 * fragments and lists of them go in as they are.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let text = strings[0]
  values.forEach((value, index) => {
    text += render(value) + strings[index + 1]
  })
  return new Markup(text)
}

const STYLE = `
  body { margin: 0; color: #000; font: 10.5pt/1.35 Arial, 'Helvetica Neue', 'Liberation Sans', sans-serif; }
  h1 { font-size: 15pt; margin: 0 0 2mm; }
  h2 { font-size: 12.5pt; margin: 4mm 0 2mm; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.3mm solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
  th { background: #eee; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .num { text-align: right; white-space: nowrap; }
  .total td { font-weight: bold; }
  .plain td, .plain th { border: 0; padding: 0.4mm 2mm 0.4mm 0; background: none; }
  .parties { display: flex; gap: 8mm; margin: 3mm 0; }
  .parties > div { flex: 1; }
  .missing { color: #c00000; font-weight: bold; }
  .stamp { color: #c00000; font-size: 14pt; font-weight: bold; margin: 2mm 0; }
  .signatures { display: flex; gap: 12mm; margin-top: 10mm; break-inside: avoid; }
  .signatures > div { flex: 1; }
  .signatures .line { border-bottom: 0.3mm solid #000; height: 9mm; }
  .signatures .hint { font-size: 8pt; color: #444; }
  .route { break-before: page; }
  .route:first-of-type { break-before: auto; }
  .toolbar { display: flex; gap: 4mm; align-items: center; padding: 3mm 6mm; background: #333; color: #fff; font-size: 11pt; }
  .toolbar a, .toolbar button { color: #fff; background: none; border: 1px solid #fff; border-radius: 3px; padding: 1mm 3mm; font: inherit; cursor: pointer; text-decoration: none; }
  .toolbar a[aria-current] { background: #fff; color: #333; }
  @media screen {
    body { background: #e5e5e5; }
    .sheet { background: #fff; margin: 6mm auto; padding: 12mm; box-shadow: 0 0 2mm #999; }
    .route + .route { margin-top: 10mm; padding-top: 8mm; border-top: 0.5mm dashed #999; }
  }
  @media print { .toolbar { display: none; } }
`

export interface PrintPage {
  language: AdminLanguage
  title: string
  texts: DocumentTexts
  /** The driver's list has wide tables: landscape. */
  orientation: 'portrait' | 'landscape'
  /** The same document's URL with other query values: its XLSX, its other languages. */
  linkTo: (query: Record<string, string>) => string
  body: Markup
}

/** An A4 page: on screen, a sheet with a toolbar (print, download, language); on paper, the sheet alone. */
export function printPage({
  language,
  title,
  texts,
  orientation,
  linkTo,
  body,
}: PrintPage): string {
  const width = orientation === 'portrait' ? '186mm' : '273mm'
  const languages = ADMIN_LANGUAGES.map(
    (code) =>
      html`<a href="${linkTo({ lang: code })}" hreflang="${code}"${
        code === language ? html` aria-current="true"` : ''
      }>${LANGUAGE_NAMES[code]}</a>`,
  )
  return `<!doctype html>${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Markup(STYLE)}
  @page { size: A4 ${orientation}; margin: 12mm; }
  @media screen { .sheet { width: ${width}; } }
</style>
</head>
<body>
<nav class="toolbar" data-testid="toolbar">
  <button type="button" onclick="window.print()">${texts.toolbar.print}</button>
  <a href="${linkTo({ format: 'xlsx' })}" download>${texts.toolbar.download}</a>
  <span>${texts.toolbar.language}:</span> ${languages}
</nav>
<main class="sheet">${body}</main>
</body>
</html>`}`
}
