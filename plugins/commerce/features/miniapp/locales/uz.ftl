# Mini ilova API: so'rov rad etilganda inson o'qiydigan matnlar.
miniapp-auth-missing = Do'konni Telegramdagi botdan oching: so'rovda Telegram orqali kirish ma'lumoti yo'q (Authorization: tma …).
miniapp-auth-malformed = Telegram kirish ma'lumotlari buzilgan: do'konni yopib, botdan qayta oching.
miniapp-auth-forged = Kirish ma'lumotlari bu bot uchun Telegram tomonidan imzolanmagan: do'konni shu botdan oching.
miniapp-auth-expired = Telegram orqali kirish muddati o'tgan: do'konni yopib, botdan qayta oching.
miniapp-auth-no-user = Telegram kirish ma'lumotlarida foydalanuvchi yo'q: do'konni bot bilan chatdan oching.
miniapp-rate-limited = So'rovlar juda ko'p: { $seconds } soniyadan keyin qayta urinib ko'ring.
miniapp-order-not-found = Buyurtma topilmadi.
miniapp-not-cancellable = №{ $number } buyurtma hozir «{ $status }»: faqat yangi buyurtmani bekor qilish mumkin. Novvoyxona bilan bog'laning.
miniapp-empty-cart = Savat bo'sh: kamida bitta mahsulot qo'shing.
miniapp-too-many-lines = Buyurtmada ko'pi bilan { $max } qator bo'ladi.
miniapp-too-long = { $field } maydoni juda uzun.
miniapp-bad-field = { $field } maydonini tekshiring: u to'ldirilmagan yoki noto'g'ri.
miniapp-address-needed = Yetkazib berish manzilini kiriting yoki joylashuvingizni yuboring.
miniapp-staff-client-waiting = Mini ilovadan yangi xaridor tasdiqlashni kutmoqda: { $name } ({ $username }).
