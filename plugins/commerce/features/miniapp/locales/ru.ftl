# API мини-приложения: что читает человек, когда запрос отклонён.
miniapp-auth-missing = Откройте магазин из бота в Telegram: в запросе нет входа через Telegram (Authorization: tma …).
miniapp-auth-malformed = Данные входа Telegram повреждены: закройте магазин и откройте его снова из бота.
miniapp-auth-forged = Данные входа не подписаны Telegram для этого бота: откройте магазин из этого бота.
miniapp-auth-expired = Вход через Telegram устарел: закройте магазин и откройте его снова из бота.
miniapp-auth-no-user = Во входе Telegram нет пользователя: откройте магазин из чата с ботом.
miniapp-rate-limited = Слишком много запросов: повторите через { $seconds } с.
miniapp-order-not-found = Заказ не найден.
miniapp-not-cancellable = Заказ №{ $number } уже «{ $status }»: отменить можно только новый заказ. Свяжитесь с пекарней.
miniapp-empty-cart = Корзина пуста: добавьте хотя бы один товар.
miniapp-too-many-lines = В заказе не больше { $max } позиций.
miniapp-too-long = Поле { $field } слишком длинное.
miniapp-bad-field = Проверьте поле { $field }: оно не заполнено или заполнено неверно.
miniapp-address-needed = Укажите адрес доставки или отправьте своё местоположение.
miniapp-staff-client-waiting = Новый покупатель из мини-приложения ждёт одобрения: { $name } ({ $username }).
