// What customers of a Tashkent bakery and shop write, per category, urgency and mood, in Russian,
// Uzbek (Latin, with and without its apostrophes, and the Russian words Uzbek speakers use in
// Latin letters) and English. Entries are stems unless they end in `$` (see text.ts); `[entry, w]`
// weighs w instead of 1. All tables are read for every message: a Russian word in an
// Uzbek message ("zakaz", "dostavka") still counts.

import type { Category } from './provider'

export type Entry = string | [string, number]
export type Table = Record<'ru' | 'uz' | 'en', Entry[]>

// biome-ignore format: tables of words read best packed, many to a line
export const CATEGORY_KEYWORDS: Record<Category, Table> = {
  order_problem: {
    ru: [
      ['не тот', 2], ['не те', 2], ['не то$', 2], ['не та$', 2], ['перепута', 2], ['не хватает', 2],
      ['не хватило', 2], ['недостач', 2], ['недовез', 2], ['недолож', 2], ['не положили', 2],
      ['забыли', 2], ['вместо', 1.5], ['лишн', 1], ['изменить заказ', 2], ['поменять заказ', 2],
      ['измените', 1.5], ['изменить', 1], ['поменять', 1], ['поменяйте', 1.5], ['отмен', 2],
      ['добавьте', 1.5], ['добавить', 1], ['убрать', 1], ['уберите', 1.5], ['исправ', 1],
      ['не оформля', 2], ['не оформил', 2], ['не проходит заказ', 2], ['ошибк', 1], ['бот не', 2],
      ['не работает', 1], ['не получается', 1], ['количеств', 1], ['меньше', 1], ['штук', 0.5],
      ['заказ$', 0.5], ['заказал', 0.5], ['заказывал', 0.5], ['дублир', 1.5], ['два заказа', 1.5],
      ['пришло', 0.5], ['всего', 0.5], ['не заказывал', 2], ['не заказывали', 2], ['пересорт', 2], ['мы заказывали', 1.5], ['к заказу', 1.5], ['в заказ$', 1.5], ['в заказе', 1], ['к завтрашнему заказу', 2], ['а заказывали', 1.5], ['отказаться', 2], ['не наш', 2],
    ],
    uz: [
      ["noto'g'ri", 2], ['boshqa narsa', 2], ['boshqa non', 2], ['yetishmay', 2], ['yetmay', 2],
      ['kam keldi', 2], ['kam kelgan', 2], ['chalkash', 2], ['adashtir', 2], ['almashtir', 1],
      ["o'zgartir", 1.5], ['bekor', 2], ["qo'shib", 1], ["qo'shing", 1.5], ['olib tashla', 1.5],
      ['xato', 1], ['ishlamay', 1], ['buyurtma berolma', 2], ["o'tmayapti", 1.5], ['unutib', 2],
      ['ortiqcha', 1], ["o'rniga", 1.5], ['zakaz', 0.5], ['buyurtma', 0.5], ['dona', 0.5],
      ['buyurtma qilmagan', 2], ['kamroq', 1], ['qolib ketgan', 1.5], ['ikkita buyurtma', 1.5], ['kerak edi', 1], ['buyurtmaga', 1.5], ['zakazga', 1.5], ['buyurtmadagi', 1], ['voz kech', 2], ['qolib ket', 1.5], ['kam$', 1.5], ['boshqa', 1],
    ],
    en: [
      ['wrong', 2], ['missing', 2], ['forgot', 2], ['instead of', 1.5], ['mixed up', 2],
      ['incorrect', 2], ['change my order', 2], ['change the order', 2], ['change order', 2],
      ['modify', 1.5], ['cancel', 2], ['add to my order', 2], ['add to the order', 2],
      ['remove', 1], ['extra', 0.5], ['only got', 2], ['only received', 2],
      ['not what i ordered', 2], ["didn't order", 2], ['did not order', 2], ['duplicate', 1.5],
      ["can't place", 2], ['cannot place', 2], ['not going through', 1.5], ['error', 1],
      ['quantity', 1], ['short', 1], ['order$', 0.5], ['ordered', 0.5], ['pcs$', 0.5],
      ['pieces', 0.5], ['less than', 1], ['i asked for', 1.5], ['to my order', 1.5], ['to the order', 1.5], ['on my order', 1], ['add$', 1], ['on an order', 1], ['someone elses', 2], ['sent me the', 1], ['wont let me', 1.5],
    ],
  },
  payment: {
    ru: [
      ['опла', 2], ['оплач', 2], ['плат', 1.5], ['заплат', 2], ['деньг', 2], ['денег', 2],
      ['карта$', 1], ['карту$', 1], ['картой$', 1], ['карте$', 1], ['карточ', 1], ['payme', 2],
      ['пейми', 2], ['click$', 2], ['клик$', 2], ['перевод', 1.5], ['перечисл', 1.5], ['счет', 1],
      ['фактур', 2], ['возврат', 1.5], ['верните', 1], ['вернуть', 1], ['списа', 2], ['списыва', 2],
      ['сняли', 1.5], ['чек$', 1.5], ['чека$', 1.5], ['квитанц', 1.5], ['долг', 2], ['задолж', 2],
      ['сверк', 2], ['наличн', 1.5], ['безнал', 2], ['терминал', 1.5], ['uzcard', 2], ['humo', 2],
      ['узкард', 2], ['хумо', 2], ['сумма$', 1], ['сумму$', 1], ['суммы$', 1], ['дважды', 1],
      ['два раза', 0.5], ['баланс', 1], ['реквизит', 1.5], ['сдач', 1], ['переплат', 2], ['ндс', 1],
      ['накладн', 0.5], ['стоило$', 0.5], ['акт$', 1],
    ],
    uz: [
      ["to'lov", 2], ["to'la", 2], ["to'ladi", 2], ['pul$', 2], ['pulni', 2], ['pulim', 2],
      ['puli', 1], ['karta', 1], ['payme', 2], ['click$', 2], ['klik$', 2], ["o'tkaz", 1.5],
      ['perevod', 1.5], ['hisob', 1], ['faktura', 2], ['qaytar', 0.5], ['yechil', 2], ['yechib', 2],
      ['yechdi', 2], ['ikki marta', 1], ['chek$', 1.5], ['chekni', 1.5], ['qarz', 2], ['naqd', 1.5],
      ['uzcard', 2], ['humo', 2], ['summa', 1], ['balans', 1], ['sverka', 2], ['rekvizit', 1.5],
      ['schet', 1.5], ['nalichka', 1.5], ['terminal', 1.5], ['ortiqcha', 0.5],
    ],
    en: [
      ['pay$', 2], ['paid', 2], ['paying', 2], ['payment', 2], ['money', 2], ['card', 1],
      ['charged', 2], ['charge', 1.5], ['refund', 2], ['invoice', 2], ['receipt', 1.5],
      ['transfer', 1.5], ['payme', 2], ['click$', 1], ['cash', 1.5], ['debt', 2], ['owe', 2],
      ['balance', 1], ['twice', 1], ['double', 1], ['billing', 2], ['bill$', 2], ['bank', 1],
      ['overcharg', 2], ['price was', 1], ['uzcard', 2], ['humo', 2], ['transaction', 2],
    ],
  },
  delivery: {
    ru: [
      ['доставк', 2], ['достав', 1.5], ['курьер', 1], ['привез', 1.5], ['привоз', 1.5],
      ['довез', 1], ['везут', 2], ['едет', 1.5], ['когда будет', 1], ['когда приед', 2],
      ['где заказ', 2], ['где мой заказ', 2], ['где наш заказ', 2], ['где хлеб', 2],
      ['опаздыва', 2], ['опозда', 2], ['задерж', 1.5], ['адрес', 1.5], ['машин', 1], ['водител', 1],
      ['самовывоз', 2], ['забрать', 1], ['заберу', 1], ['до скольки', 1], ['во сколько', 1.5],
      ['к какому времени', 1.5], ['ждем', 1], ['жду', 1], ['не приш', 1], ['не приех', 2],
      ['не доставил', 2], ['не привезли', 2], ['еще не', 1], ['уже час', 1.5], ['в пути', 1.5],
      ['подъезд', 1], ['статус', 1.5], ['где машина', 2], ['gde', 1.5], ['kogda', 1], ['privez', 1.5], ['этаж', 1], ['время', 0.5], ['завтра', 0.5], ['утром', 0.5], ['к утру', 1],
    ],
    uz: [
      ['yetkaz', 2], ['dostavka', 2], ['kuryer', 1], ['kurer', 1], ['olib kel', 2], ['keltir', 1.5],
      ['kelmadi', 2], ['qachon keladi', 2], ['qachon olib', 2], ['qayerda', 1.5], ['kech', 1.5],
      ['manzil', 1.5], ['adres', 1.5], ['mashina', 1], ['haydovchi', 1], ['shofyor', 1],
      ["o'zim olib", 2], ['olib ketaman', 1.5], ['soat nechada', 1.5], ['hali kel', 2],
      ['kutyap', 1.5], ['kutayap', 1.5], ['kutib', 1], ["yo'lda", 1.5], ['vaqt', 0.5],
      ['ertaga', 0.5], ['ertalab', 0.5], ['yetib kel', 2], ['kelyapti', 1.5], ['keladimi', 2],
      ['qachon', 1], ['qani$', 1.5], ['holati', 1.5], ['kutaman', 1.5], ['kutamiz', 1.5],
    ],
    en: [
      ['deliver', 2], ['courier', 1], ['driver', 1], ['arrive', 2], ['where is my', 2],
      ["where's my", 2], ['where is the', 1], ['when will', 1.5], ['late$', 1.5], ['delay', 2],
      ['eta$', 2], ['address', 1.5], ['pickup', 1.5], ['pick up', 1.5], ['on the way', 1.5],
      ['still waiting', 2], ['waiting', 1], ['shipping', 2], ['still not here', 2], ['come$', 0.5],
      ['tomorrow', 0.5], ['morning', 0.5], ['time slot', 1.5], ['hasnt come', 2],
      ['hasn t come', 2], ["hasn't arrived", 2], ['not here', 1.5], ['not arrived', 2], ['status', 1.5], ['track', 1.5], ['where is our', 2], ['wheres the', 2],
    ],
  },
  product_question: {
    ru: [
      ['сколько стоит', 2], ['сколько стоят', 2], ['цена', 2], ['цену', 2], ['цены', 2],
      ['прайс', 2], ['стоимост', 1.5], ['есть ли', 2], ['есть у вас', 2], ['у вас есть', 2],
      ['имеется', 1.5], ['в наличии', 2], ['состав', 2], ['калори', 2], ['халял', 2], ['халол', 2],
      ['срок годност', 2], ['хранить', 1.5], ['хранени', 1.5], ['грамм', 1], ['вес$', 1],
      ['минимальн', 1.5], ['ассортимент', 2], ['новинк', 2], ['можно ли заказать', 2],
      ['делаете ли', 2], ['печете', 2], ['на заказ', 1], ['торт', 1], ['без сахара', 2],
      ['без глютен', 2], ['веган', 2], ['аллерг', 1.5], ['скидк', 1.5], ['оптов', 1.5],
      ['какие', 0.5], ['подскажите', 1], ['интересует', 1], ['можно ли', 1], ['бывает', 1],
      ['продаете', 2], ['сколько штук в', 1.5], ['с чем', 1.5], ['начинк', 1.5], ['весит', 2], ['масл', 1], ['маргарин', 1.5], ['заморо', 1.5], ['отруб', 1.5], ['ржан', 1], ['бездрожж', 1.5],
    ],
    uz: [
      ['narx', 2], ['qancha turadi', 2], ['necha pul', 2], ['nechpul', 2], ['bormi', 2],
      ['bor mi', 2], ['sotasiz', 2], ['qilasizmi', 1.5], ['pishirasiz', 1.5], ['tarkib', 2],
      ['kaloriya', 2], ['halol', 2], ['saqla', 1.5], ['muddati', 1], ['gramm', 1],
      ["og'irlig", 1.5], ['minimal', 1.5], ['eng kam', 1], ['assortiment', 2],
      ['yangi mahsulot', 2], ['qanday', 0.5], ['qaysi', 1], ['tort', 1], ['shakarsiz', 2],
      ['chegirma', 1.5], ['skidka', 1.5], ['ulgurji', 1.5], ['optom', 1.5], ['mumkinmi', 1],
      ['prays', 2], ['menyu', 1.5], ['nimali', 1.5], ['ichida nima', 2], ['sariyog', 1.5], ['margarin', 1.5], ['muzlat', 1.5], ['kepak', 1.5], ['javdar', 1], ['xamirturushsiz', 1.5], ['chiqdimi', 1.5], ['boladimi', 1],
    ],
    en: [
      ['price', 2], ['cost', 1.5], ['how much is', 2], ['how much are', 2], ['how much does', 2],
      ['do you have', 2], ['do you sell', 2], ['do you make', 2], ['available', 1.5],
      ['in stock', 2], ['ingredient', 2], ['calorie', 2], ['halal', 2], ['gluten', 2], ['vegan', 2],
      ['allerg', 1.5], ['shelf life', 2], ['how long does', 1], ['weight', 1], ['grams', 1],
      ['minimum', 1.5], ['menu', 1.5], ['catalog', 1.5], ['what kind', 1.5], ['which', 0.5],
      ['custom', 1], ['cake', 1], ['sugar free', 2], ['discount', 1.5], ['wholesale', 1.5],
      ['bulk', 1], ['is there', 1], ['can i order', 1], ['can you make', 2], ['filling', 1.5],
      ['contain', 1.5], ['sell', 1], ['heavy', 1.5], ['weigh', 1.5], ['butter', 1], ['margarine', 1.5], ['freeze', 1.5], ['whole wheat', 1.5], ['rye', 1], ['yeast', 1.5], ['keep$', 1],
    ],
  },
  complaint: {
    ru: [
      ['черств', 2], ['сухой', 1.5], ['сухие', 1.5], ['сухая', 1.5], ['горел', 2], ['подгор', 2],
      ['сгорел', 2], ['сырой', 1.5], ['сырые', 1.5], ['сырое', 1.5], ['непропеч', 2],
      ['не пропеч', 2], ['невкусн', 2], ['не вкусн', 2], ['испорч', 2], ['плесен', 2], ['плесн', 2],
      ['кисл', 1], ['воня', 2], ['запах', 1], ['волос', 2], ['муха', 2], ['таракан', 2],
      ['мусор', 1], ['грязн', 1.5], ['холодн', 1], ['жалоб', 2], ['хамил', 2], ['хамств', 2],
      ['нагруб', 2], ['грубо', 1.5], ['грубый', 1.5], ['отвратит', 2], ['качеств', 1.5],
      ['помят', 1.5], ['раздавл', 1.5], ['сломан', 1], ['порван', 1], ['просроч', 2], ['отрав', 2],
      ['живот', 1.5], ['безобраз', 1], ['позор', 1], ['раньше было', 1.5], ['стало хуже', 2],
      ['не свеж', 2], ['несвеж', 2], ['твердый', 1.5], ['твердые', 1.5], ['резина', 1.5],
      ['мелкие', 1], ['меньше стали', 2], ['маленьк', 0.5], ['недовольн', 1.5], ['хуже', 1], ['нахам', 2], ['кури', 1.5], ['табак', 1.5], ['порва', 1.5], ['рассыпал', 1.5], ['обман', 1.5], ['болит', 1.5], ['стал меньше', 2], ['стали меньше', 2], ['не честно', 1.5], ['нечестно', 1.5],
    ],
    uz: [
      ['qotib', 2], ['qotgan', 2], ['quruq', 1.5], ['kuygan', 2], ['kuyib', 2], ['xom$', 1.5],
      ['pishmagan', 2], ['mazasiz', 2], ['mazali emas', 2], ['bemaza', 2], ['buzilgan', 2],
      ['aynigan', 2], ["mog'or", 2], ['nordon', 1], ['hid', 1], ['soch', 2], ['pashsha', 2],
      ['iflos', 1.5], ['sovuq', 1], ['sovib', 1], ['shikoyat', 2], ["qo'pol", 2], ["dag'al", 2],
      ['hurmatsiz', 2], ['sifat', 1.5], ['ezilgan', 1.5], ['yirtilgan', 1], ["muddati o'tgan", 2],
      ['zaharlan', 2], ['qornim', 1.5], ['yangi emas', 2], ['eski', 1], ['qattiq', 1.5],
      ['kichkina', 0.5], ['kichrayib', 2], ['avvalgidek emas', 2], ['yomonlashgan', 2],
      ['norozi', 1.5], ['uyat', 1], ['chekadi$', 1.5], ['tamaki', 1.5], ['yirtil', 1.5], ['sochilib', 1.5], ['aldash', 1.5], ['rezina', 1.5], ['qorn', 1.5], ['ogriyap', 1.5], ['insofdan emas', 1.5], ['jirkanch', 2],
    ],
    en: [
      ['stale', 2], ['hard as', 2], ['dry$', 1.5], ['burnt', 2], ['burned', 2], ['raw$', 1.5],
      ['undercooked', 2], ['tasteless', 2], ['bland', 1.5], ['spoiled', 2], ['mold', 2],
      ['mould', 2], ['sour', 1], ['smell', 1.5], ['hair', 2], ['fly$', 1.5], ['bug$', 1.5],
      ['insect', 2], ['dirty', 1.5], ['cold$', 1], ['complain', 2], ['rude', 2], ['quality', 1.5],
      ['squashed', 1.5], ['crushed', 1.5], ['expired', 2], ['sick', 1.5], ['food poisoning', 2],
      ['disgusting', 1.5], ['gross', 1], ['not fresh', 2], ['smaller', 1.5], ['soggy', 2],
      ['greasy', 1.5], ['oily', 1.5], ['unhappy', 1.5], ['disappointed', 1.5], ['worse', 1], ['smok', 1.5], ['cigarette', 1.5], ['tore', 1], ['torn', 1], ['spilled', 1.5], ['rip off', 2], ['rubber', 1.5], ['stomach', 2], ['not cool', 1.5],
    ],
  },
  other: {
    ru: [
      ['ваканс', 3], ['работу', 1], ['сотрудничеств', 3], ['реклам', 2], ['партнер', 1.5],
      ['франшиз', 3], ['резюме', 3], ['часы работы', 1.5], ['график работы', 1.5], ['выходн', 1],
    ],
    uz: [
      ['vakansiya', 3], ['ish bormi', 3], ['ishga', 1], ['hamkorlik', 3], ['reklama', 2],
      ['franshiza', 3], ['ish vaqti', 1.5], ['dam olish', 1],
    ],
    en: [
      ['vacancy', 3], ['job$', 1.5], ['hiring', 3], ['partnership', 3], ['advertis', 2],
      ['franchise', 3], ['opening hours', 1.5], ['working hours', 1.5], ['resume', 1.5], ['cv$', 1],
    ],
  },
}

/** Words that make a message urgent; 2 or more in all is urgent. */
// biome-ignore format: tables of words read best packed, many to a line
export const URGENT_KEYWORDS: Table = {
  ru: [
    ['срочн', 2], ['немедленно', 2], ['быстрее', 1], ['скорее', 1], ['прямо сейчас', 2],
    ['сейчас же', 2], ['горит', 1.5], ['через час', 1], ['через полчаса', 1.5], ['уже час', 1],
    ['уже два часа', 1.5], ['уже 2 часа', 1.5], ['с утра жд', 1.5], ['гост', 1], ['свадьб', 1.5],
    ['банкет', 1.5], ['мероприят', 1.5], ['открываемся', 1], ['открытие', 1], ['клиенты жд', 2],
    ['дважды', 1.5], ['два раза спис', 2], ['списали дважды', 2], ['списали два раза', 2],
    ['сняли два раза', 2], ['сняли дважды', 2], ['мошен', 1.5], ['полиц', 2], ['отрав', 2],
    ['до обеда', 1], ['сегодня', 0.5], ['прямо сейчас', 2], ['пока не поздно', 1.5],
    ['пустые полки', 2], ['нечем торговать', 2], ['без хлеба', 1.5], ['стоим', 0.5], ['хлеба нет', 1.5], ['нет хлеба', 1.5], ['витрина пуст', 2], ['открываться', 1], ['обед', 0.5], ['пятый раз', 1.5], ['третий день', 1.5], ['плохо', 0.5], ['живот', 1.5], ['плесен', 1.5], ['очень важно', 1], ['немедленно', 2], ['верните', 0.5], ['через 15', 1.5], ['через 10', 1.5], ['через 20', 1.5], ['к обеду', 1], ['2 раза', 1], ['2 часа', 1],
  ],
  uz: [
    ['tezda', 2], ['tezroq', 1.5], ['zudlik', 2], ['shoshilinch', 2], ['hoziroq', 2], ['darhol', 2],
    ['toy$', 1.5], ["to'yga", 1.5], ["to'yimiz", 1.5], ['mehmon', 1], ['marosim', 1.5],
    ['tadbir', 1.5], ['ikki marta', 1.5], ['ikki marta yechil', 2], ['ikki marta yechib', 2],
    ['1 soat', 1], ['bir soat', 1], ['2 soat', 1.5], ['ikki soat', 1.5], ['ertalabdan', 1],
    ['mijozlar kut', 2], ['bugun', 0.5], ['zaharlan', 2], ['politsiya', 2], ['militsiya', 2],
    ['tushgacha', 1], ['kechikmasin', 1.5], ['nonsiz', 1.5], ['non yoq', 1.5], ['vitrina', 1.5], ['ochilamiz', 1], ['tushlik', 1], ['beshinchi marta', 1.5], ['uchinchi kun', 1.5], ['qorn', 1.5], ['mogor', 1.5], ['juda muhim', 1], ['2 marta', 1], ['yarim soat', 1.5], ['daqiqadan keyin', 1.5], ['soatdan beri', 1],
  ],
  en: [
    ['urgent', 2], ['asap', 2], ['immediately', 2], ['right now', 2], ['emergency', 2],
    ['hurry', 1], ['quickly', 1], ['as soon as', 1], ['wedding', 1.5], ['party', 1], ['event', 1],
    ['guests', 1], ['in an hour', 1.5], ['in 30 min', 1.5], ['twice', 1.5], ['double charged', 2],
    ['charged twice', 2], ['still waiting', 1], ['hours ago', 1], ['an hour', 1], ['today', 0.5],
    ['tonight', 0.5], ['food poisoning', 2], ['police', 2], ['fraud', 2], ['scam', 1.5],
    ['before noon', 1], ['opening', 1], ['we open', 1], ['customers are waiting', 2],
    ['empty shelves', 2], ['shelves are empty', 2], ['no bread', 1.5], ['lunch', 1], ['five times', 1.5], ['third day', 1.5], ['stomach', 1.5], ['mold', 1.5], ['really important', 1], ['in 15 min', 1.5], ['in 20 min', 1.5], ['in 10 min', 1.5], ['2 hrs', 1], ['2 hours', 1], ['right away', 1.5],
  ],
}

/** Words that say the writer can wait: they win over the category's own urgency. */
// biome-ignore format: tables of words read best packed, many to a line
export const CALM_KEYWORDS: Table = {
  ru: ['не срочно', 'не горит', 'когда будет возможность', 'когда удобно', 'на будущее', 'заранее'],
  uz: ['shoshilmang', 'shoshilinch emas', 'vaqtingiz bolsa', 'bemalol', 'keyinroq'],
  en: ['no rush', 'not urgent', 'whenever', 'no hurry', 'when you get a chance', 'in advance'],
}

// biome-ignore format: tables of words read best packed, many to a line
export const NEGATIVE_KEYWORDS: Table = {
  ru: [
    ['ужас', 2], ['кошмар', 2], ['обман', 2], ['мошен', 2], ['безобраз', 2], ['позор', 2],
    ['отвратит', 2], ['бардак', 2], ['издевател', 2], ['сколько можно', 2], ['надоел', 2],
    ['достали', 2], ['возмутит', 2], ['возмущ', 2], ['недоволен', 2], ['недовольн', 2],
    ['разочаров', 2], ['никогда больше', 2], ['больше не буду', 2], ['хамств', 2], ['хамил', 2],
    ['опять', 1.5], ['снова', 1.5], ['в который раз', 2], ['плохо', 1.5], ['плохой', 1.5],
    ['плохие', 1.5], ['невкусн', 1.5], ['не вкусн', 1.5], ['черств', 1], ['испорч', 1],
    ['плесен', 1.5], ['черт', 1.5], ['блин', 1], ['капец', 2], ['жесть', 1.5], ['фигня', 2],
    ['верните деньги', 1.5], ['жалоб', 1], ['не отвечаете', 1.5], ['игнор', 1.5], ['бесит', 2],
    ['зачем', 0.5], ['почему', 0.5], ['стыдно', 2], ['отрав', 2], ['волос', 1], ['каждый день', 1.5], ['третий раз', 1.5], ['уже неделю', 1.5], ['неделю жду', 1.5], ['третий день', 1.5], ['что за дела', 1.5], ['немедленно', 1], ['не честно', 1.5], ['как так', 1.5], ['пятый раз', 1.5], ['никто не отвечает', 1.5], ['отвратит', 2],
  ],
  uz: [
    ['yomon', 2], ['uyat', 2], ['aldad', 2], ['aldov', 2], ['aldash', 2], ['jahl', 2],
    ['qachongacha', 2], ['sifatsiz', 2], ["bema'ni", 2], ['bemani', 2], ['norozi', 2],
    ['hafsala', 2], ['boshqa olmay', 2], ['boshqa buyurtma bermay', 2], ['yana', 0.5], ['har kuni', 1.5], ['uchinchi marta', 1.5], ['dan beri', 1.5], ['haftadan beri', 1.5], ['firibgar', 2], ['aldash', 2], ['bu nimasi', 1.5], ['darhol', 1], ['insofdan emas', 1.5], ['jirkanch', 2], ['qanaqasiga', 1.5],
    ['yana shu', 2], ['mazasiz', 1.5], ['bemaza', 1.5], ['qotgan', 1], ["mog'or", 1.5],
    ['hurmatsiz', 2], ["qo'pol", 1.5], ['javob bermay', 1.5], ['nega', 0.5], ['zerik', 1.5],
    ['jonga tegdi', 2], ['aqlli emas', 2], ['dahshat', 2], ['zaharlan', 2], ['soch', 1],
    ['xafa', 1.5],
  ],
  en: [
    ['terrible', 2], ['awful', 2], ['horrible', 2], ['disgusting', 2], ['worst', 2], ['scam', 2],
    ['fraud', 2], ['unacceptable', 2], ['ridiculous', 2], ['never again', 2], ['angry', 2],
    ['furious', 2], ['annoyed', 2], ['frustrat', 2], ['disappoint', 2], ['fed up', 2],
    ['again$', 1.5], ['bad$', 1.5], ['poor', 1.5], ['rude', 1.5], ['useless', 2], ['wtf', 2],
    ['seriously', 1], ['stale', 1], ['mold', 1.5], ['not happy', 2], ['unhappy', 2], ['sick of', 2],
    ['joke', 1], ['ignoring', 1.5], ['no one answers', 1.5], ['nobody answers', 1.5],
    ['waste', 1.5], ['shame', 1.5], ['hair', 1], ['every single day', 2], ['every day', 1], ['second time', 1.5], ['third day', 1.5], ['its been', 1], ['been waiting', 1.5], ['rip off', 2], ['not cool', 1.5], ['annoying', 2], ['immediately', 1], ['what is this', 1], ['nobody picks up', 1.5], ['five times', 1.5],
  ],
}

// biome-ignore format: tables of words read best packed, many to a line
export const POSITIVE_KEYWORDS: Table = {
  ru: [
    ['спасибо', 1], ['спс', 1], ['благодар', 1.5], ['отлично', 2], ['отличн', 2], ['вкусн', 1.5],
    ['молодц', 2], ['супер', 2], ['класс', 1.5], ['рахмат', 1], ['прекрасн', 2], ['замечательн', 2],
    ['понравил', 2], ['нравится', 1.5], ['лучшие', 2], ['лучший', 2], ['восторг', 2], ['шикарн', 2],
    ['хорошо', 0.5], ['приятно', 1.5], ['довольн', 2], ['свежий', 0.5], ['свежие', 0.5],
    ['быстро привезли', 1.5], ['огонь', 1], ['рекомендую', 2],
  ],
  uz: [
    ['rahmat', 1], ['raxmat', 1], ['tashakkur', 1.5], ["zo'r", 2], ['ajoyib', 2], ['mazali', 1.5],
    ['barakalla', 2], ['yoqdi', 2], ['yaxshi', 0.5], ['juda yaxshi', 2], ['qoyil', 2],
    ['gap yoq', 2], ['mamnun', 2], ['eng yaxshi', 2], ['ofarin', 2], ['super', 2], ['klass', 1.5],
    ['omad', 1], ['tez olib keldi', 1.5], ['yangi uzilgan', 1], ['issiq', 0.5],
  ],
  en: [
    ['thanks', 1], ['thank you', 1], ['thx', 1], ['great', 1.5], ['love', 2], ['delicious', 2],
    ['awesome', 2], ['perfect', 2], ['amazing', 2], ['excellent', 2], ['best', 1.5], ['tasty', 1.5],
    ['yummy', 2], ['happy with', 2], ['appreciate', 1.5], ['wonderful', 2], ['fantastic', 2],
    ['good job', 2], ['well done', 2], ['fresh', 0.5], ['nice', 1], ['recommend', 1.5],
  ],
}

/** Words after which a kind word means its opposite: "не вкусно", "not fresh". */
export const NEGATIONS = new Set(['не', 'ни', 'нет', 'not', 'no', 'never', 'isnt', 'wasnt', 'hech'])
/** Uzbek negates after the word: "mazali emas". */
export const NEGATIONS_AFTER = new Set(['emas', 'emasdi', 'emasku'])

// biome-ignore format: tables of words read best packed, many to a line
export const NEGATIVE_EMOJI = new Set([
  '😡', '🤬', '😠', '👎', '😤', '💩', '🤮', '🤢', '😞', '😔', '😢', '😭', '😩', '😫', '🙄', '😒', '☹', '🙁', '😖',
  '😣', '😾', '🖕',
])
// biome-ignore format: tables of words read best packed, many to a line
export const POSITIVE_EMOJI = new Set([
  '😊', '🙂', '😀', '😃', '😄', '😁', '👍', '❤', '🥰', '😍', '🙏', '🔥', '👌', '💯', '🤗', '😘', '✨', '💪', '👏',
  '☺', '🤩', '😋', '💐', '🌹', '♥', '💖', '💕', '😇',
])

/** Words after which what was said before counts less: "в целом довольны, но…", "all good, but…". */
export const CONTRASTS = new Set(['но', 'однако', 'but', 'though', 'lekin', 'ammo', 'biroq'])

/**
 * Signs that something went wrong (rather than a question or a wish): a negation, "where",
 * "still", an error. A message with none of them and no negative mood can wait.
 */
// biome-ignore format: tables of words read best packed, many to a line
export const PROBLEM_KEYWORDS: Table = {
  ru: ['не$', 'нет$', 'ни$', 'где$', 'ещё не', 'еще не', 'ошибк', 'неправильн', 'почему', 'опять', 'снова', 'уже$', 'верните', 'отмен', 'вместо', 'нету'],
  uz: ['yoq$', 'emas$', 'qani$', 'qayerda', 'hali$', 'xato', 'nega', 'yana', 'qaytaring', 'bekor', 'ornig', 'kam$'],
  en: ['not$', 'no$', 'never', 'didnt', 'dont', 'doesnt', 'wasnt', 'werent', 'isnt', 'hasnt', 'havent', 'cant', 'wont', 'where', 'still', 'error', 'wrong', 'why$', 'again', 'refund', 'cancel', 'instead', 'missing'],
}
/** Uzbek says "not" inside the verb: kelMADI, ishlaMAYAPti, qilMAGANman, olMASdan. */
export const UZBEK_NEGATIVE_VERB =
  /(?:madi|madik|madingiz|mayap|magan|masdan|maydi|olmay|bermay|kelmay)/
/** The goods a bakery and shop sell: a question naming one is most likely about them. */
// biome-ignore format: tables of words read best packed, many to a line
export const GOODS: Table = {
  ru: ['хлеб', 'лепешк', 'лепёшк', 'самс', 'булоч', 'булк', 'круассан', 'торт', 'пирож', 'батон', 'патыр', 'выпечк', 'хворост', 'слоен', 'багет'],
  uz: ['non$', 'nonlar', 'somsa', 'patir', 'bulochka', 'kruassan', 'tort', 'pirojki', 'xvorost', 'pishiriq', 'lepyoshka', 'baton'],
  en: ['bread', 'samsa', 'samsas', 'croissant', 'cake', 'pie', 'pies', 'loaf', 'loaves', 'bun', 'buns', 'roll', 'rolls', 'flatbread', 'pastr', 'baguette', 'patyr'],
}
