courier-tracking = №{ $number } buyurtmangiz kuryerda. Yetkazishni bu yerda kuzating: { $url }
courier-staff-conflict = ⚠️ Kuryer: №{ $number } buyurtma «{ $order }» holatida, kuryer esa «{ $reported }» deb xabar bermoqda. Buyurtma o'zgarmadi; Yetkazib berish → Kuryer yetkazmalari bo'limiga qarang.
courier-staff-failed = ⚠️ Kuryer: №{ $number } buyurtmani yetkazish amalga oshmadi (hozir «{ $order }»). Mijoz va yetkazib berish xizmati bilan bog'laning.
courier-staff-withdrawn = ⚠️ Kuryer: yetkazib berish xizmati №{ $number } buyurtma yetkazmasini bekor qildi (hozir «{ $order }»). Boshqa yetkazishni tashkil qiling.
