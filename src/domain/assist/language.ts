// Which language a client wrote in, for the reply drafts and the staff's card. Uzbek in Latin
// letters shares its alphabet with English, so it is told apart by its own marks: o' and g',
// its common words and its endings.

import type { AssistLanguage } from './provider'
import { normalize, wordsOf } from './text'

const CYRILLIC = /[\u0400-\u04ff]/
const LATIN = /[a-z]/i
// Letters only Uzbek Cyrillic has: ў қ ғ ҳ.
const UZBEK_CYRILLIC = /[ўқғҳ]/i
const UZBEK_APOSTROPHE = /[og]'(?=[a-z])/g

const UZBEK_WORDS = new Set(
  (
    'salom assalomu alaykum assalom rahmat raxmat buyurtma buyurtmam buyurtmani buyurtmamiz non ' +
    'nonlar nonni somsa samsa bormi yoq bor kerak kerakmi iltimos qachon qayerda nima nega bugun ' +
    'ertaga kecha ham va uchun bilan emas edi qancha narxi narx yaxshi yomon aka opa xop tezroq ' +
    'tezda dona keldi kelmadi qildim qiling bering beraman mumkin mumkinmi menga bizga sizlar ' +
    'siz men biz hali juda yana lekin pul tolov javob zakaz dostavka keladi kutyapmiz kutyapman ' +
    'sizga sizni bizni meni nimaga ekan shu bu uni kuni soat ming som sum boldi bolmadi yoki ' +
    'yetkazib olib kelib kerakli ishlamayapti ozgartirish bekor mazali zor ajoyib endi hozir ' +
    'yaxshimisiz qalay aytib ayting qani oldim olgan berdim tashakkur ishonch marta chiqdi ' +
    'qilib qilasiz qilsa manzil kuryer sifat dokon dokonga kafe kafemizga kafega biroz ozgina'
  ).split(' '),
)
const UZBEK_ENDINGS = [
  'lar',
  'larni',
  'ni',
  'ga',
  'da',
  'dan',
  'mi',
  'yapti',
  'yapmiz',
  'yapman',
  'moqda',
  'ingiz',
  'miz',
  'dik',
  'gan',
  'ganman',
  'sizmi',
  'mizni',
  'imiz',
  'ingizni',
  'madi',
  'mayapti',
  'dingiz',
]
const ENGLISH_WORDS = new Set(
  (
    'the and is are my i you your please order where when not didnt dont was were it what can ' +
    'thanks thank hi hello have has this that with for of to a an we our me why how did do does ' +
    'still yet today tomorrow bread delivery pay paid got get just be been will would could ' +
    'there here they them from at on in no yes ok its im ive hey guys some any all one two'
  ).split(' '),
)

// Russian typed in Latin letters, as many in Tashkent do on a phone without Cyrillic.
const RUSSIAN_TRANSLIT = new Set(
  (
    'privet zdravstvuyte zdravstvuite gde moy moi kogda spasibo pojaluysta pozhaluysta srochno ' +
    'uje uzhe jdu zhdu chasa segodnya zavtra skolko stoit mne nado eto kak chto vy est lepeshka ' +
    'optom dostavku kuryer prishel privezli net'
  ).split(' '),
)

function count(text: string, pattern: RegExp): number {
  let n = 0
  for (const char of text) if (pattern.test(char)) n++
  return n
}

/**
 * The language of a message, or `fallback` (the client's known language) when its letters do
 * not say: an emoji, a number, "ok".
 */
export function detectLanguage(text: string, fallback?: AssistLanguage): AssistLanguage {
  const lower = normalize(text)
  const cyrillic = count(lower, CYRILLIC)
  const latin = count(lower, LATIN)
  if (cyrillic === 0 && latin === 0) return fallback ?? 'ru'
  if (cyrillic >= latin) return UZBEK_CYRILLIC.test(lower) ? 'uz' : 'ru'
  let uzbek = (lower.match(UZBEK_APOSTROPHE)?.length ?? 0) * 1.5
  let english = 0
  let russian = 0
  for (const word of wordsOf(text)) {
    if (RUSSIAN_TRANSLIT.has(word)) russian += 1
    if (UZBEK_WORDS.has(word)) uzbek += 1
    else if (ENGLISH_WORDS.has(word)) english += 1
    else if (word.length > 4 && UZBEK_ENDINGS.some((end) => word.endsWith(end))) uzbek += 0.5
  }
  if (russian >= 2 && russian > uzbek && russian > english) return 'ru'
  if (uzbek > english) return 'uz'
  if (english > uzbek) return 'en'
  return fallback && fallback !== 'ru' ? fallback : 'en'
}

const UZBEK_CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 's',
  ч: 'ch',
  ш: 'sh',
  ъ: "'",
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: "o'",
  қ: 'q',
  ғ: "g'",
  ҳ: 'h',
}

/** Uzbek written in Cyrillic, in the Latin letters the keyword tables use. */
export function uzbekToLatin(text: string): string {
  let out = ''
  for (const char of text.toLowerCase()) out += UZBEK_CYRILLIC_TO_LATIN[char] ?? char
  return out
}
