flood-slow = Siz juda tez yozyapsiz: iltimos, biroz sekinroq. Juda tez yuborilgan xabarlar uzatilmaydi; buyurtmalar va to'lovlar doim o'tadi.
flood-muted = Qisqa vaqtda juda ko'p xabar: xabarlaringiz { $minutes } daqiqa uzatilmaydi. Buyurtmalar va to'lovlar o'tishda davom etadi.
flood-staff-muted = 🔇 Mijoz { $who } { $seconds } soniyada { $count } ta xabar yubordi va { $minutes } daqiqaga o'chirildi (buyurtmalar va to'lovlar o'tadi).
