stock-watch-saved = Yaxshi, mahsulot kelganda xabar beramiz.
stock-already-back = Mahsulot allaqachon mavjud: uni /order orqali tanlang.
stock-product-gone = Bu mahsulot endi sotilmaydi.
stock-register-first = Avval ro'yxatdan o'ting: /start
stock-back-in-stock = 🔔 { $product } yana mavjud. Buyurtma berish: /order
stock-pull-failing = ⚠️ Ombor javob bermayapti: ketma-ket { $count } ta sinxronlash muvaffaqiyatsiz. Qoldiqlar — oxirgi olinganlari. Xato: { $error }
