import * as migration_20261125_081915_initial from './20261125_081915_initial';
import * as migration_20261125_090750_telegram_blocked_at from './20261125_090750_telegram_blocked_at';
import * as migration_20261125_092155_bot_sessions from './20261125_092155_bot_sessions';
import * as migration_20261125_102237_staff_cards_and_run_keys from './20261125_102237_staff_cards_and_run_keys';
import * as migration_20261125_110521_payments from './20261125_110521_payments';
import * as migration_20261125_112038_support_messages from './20261125_112038_support_messages';
import * as migration_20261125_113337_support_albums from './20261125_113337_support_albums';
import * as migration_20261201_190353_order_money_and_integrity from './20261201_190353_order_money_and_integrity';
import * as migration_20261201_190810_telegram_updates_seen from './20261201_190810_telegram_updates_seen';
import * as migration_20261201_221952_outbox_sequence from './20261201_221952_outbox_sequence';
import * as migration_20261201_235801_client_balance from './20261201_235801_client_balance';
import * as migration_20261202_000218_audit_log from './20261202_000218_audit_log';
import * as migration_20261202_000653_client_route from './20261202_000653_client_route';
import * as migration_20261202_001205_admin_language from './20261202_001205_admin_language';
import * as migration_20261202_004946_support_answer_lookup from './20261202_004946_support_answer_lookup';
import * as migration_20261202_032150_send_budget from './20261202_032150_send_budget';
import * as migration_20261202_040218_media_photos from './20261202_040218_media_photos';
import * as migration_20261202_070032_credits from './20261202_070032_credits';
import * as migration_20261202_074917_premium_files_private from './20261202_074917_premium_files_private';
import * as migration_20261202_110820_payme_click from './20261202_110820_payme_click';
import * as migration_20261202_110853_integrations from './20261202_110853_integrations';
import * as migration_20261202_110914_users_telegram_username from './20261202_110914_users_telegram_username';
import * as migration_20261202_110953_assists_triage from './20261202_110953_assists_triage';
import * as migration_20261202_111112_courier_deliveries from './20261202_111112_courier_deliveries';
import * as migration_20261202_111623_assists_off_by_default from './20261202_111623_assists_off_by_default';

export const migrations = [
  {
    up: migration_20261125_081915_initial.up,
    down: migration_20261125_081915_initial.down,
    name: '20261125_081915_initial',
  },
  {
    up: migration_20261125_090750_telegram_blocked_at.up,
    down: migration_20261125_090750_telegram_blocked_at.down,
    name: '20261125_090750_telegram_blocked_at',
  },
  {
    up: migration_20261125_092155_bot_sessions.up,
    down: migration_20261125_092155_bot_sessions.down,
    name: '20261125_092155_bot_sessions',
  },
  {
    up: migration_20261125_102237_staff_cards_and_run_keys.up,
    down: migration_20261125_102237_staff_cards_and_run_keys.down,
    name: '20261125_102237_staff_cards_and_run_keys',
  },
  {
    up: migration_20261125_110521_payments.up,
    down: migration_20261125_110521_payments.down,
    name: '20261125_110521_payments',
  },
  {
    up: migration_20261125_112038_support_messages.up,
    down: migration_20261125_112038_support_messages.down,
    name: '20261125_112038_support_messages',
  },
  {
    up: migration_20261125_113337_support_albums.up,
    down: migration_20261125_113337_support_albums.down,
    name: '20261125_113337_support_albums',
  },
  {
    up: migration_20261201_190353_order_money_and_integrity.up,
    down: migration_20261201_190353_order_money_and_integrity.down,
    name: '20261201_190353_order_money_and_integrity',
  },
  {
    up: migration_20261201_190810_telegram_updates_seen.up,
    down: migration_20261201_190810_telegram_updates_seen.down,
    name: '20261201_190810_telegram_updates_seen',
  },
  {
    up: migration_20261201_221952_outbox_sequence.up,
    down: migration_20261201_221952_outbox_sequence.down,
    name: '20261201_221952_outbox_sequence',
  },
  {
    up: migration_20261201_235801_client_balance.up,
    down: migration_20261201_235801_client_balance.down,
    name: '20261201_235801_client_balance',
  },
  {
    up: migration_20261202_000218_audit_log.up,
    down: migration_20261202_000218_audit_log.down,
    name: '20261202_000218_audit_log',
  },
  {
    up: migration_20261202_000653_client_route.up,
    down: migration_20261202_000653_client_route.down,
    name: '20261202_000653_client_route',
  },
  {
    up: migration_20261202_001205_admin_language.up,
    down: migration_20261202_001205_admin_language.down,
    name: '20261202_001205_admin_language',
  },
  {
    up: migration_20261202_004946_support_answer_lookup.up,
    down: migration_20261202_004946_support_answer_lookup.down,
    name: '20261202_004946_support_answer_lookup',
  },
  {
    up: migration_20261202_032150_send_budget.up,
    down: migration_20261202_032150_send_budget.down,
    name: '20261202_032150_send_budget',
  },
  {
    up: migration_20261202_040218_media_photos.up,
    down: migration_20261202_040218_media_photos.down,
    name: '20261202_040218_media_photos',
  },
  {
    up: migration_20261202_070032_credits.up,
    down: migration_20261202_070032_credits.down,
    name: '20261202_070032_credits',
  },
  {
    up: migration_20261202_074917_premium_files_private.up,
    down: migration_20261202_074917_premium_files_private.down,
    name: '20261202_074917_premium_files_private',
  },
  {
    up: migration_20261202_110820_payme_click.up,
    down: migration_20261202_110820_payme_click.down,
    name: '20261202_110820_payme_click',
  },
  {
    up: migration_20261202_110853_integrations.up,
    down: migration_20261202_110853_integrations.down,
    name: '20261202_110853_integrations',
  },
  {
    up: migration_20261202_110914_users_telegram_username.up,
    down: migration_20261202_110914_users_telegram_username.down,
    name: '20261202_110914_users_telegram_username',
  },
  {
    up: migration_20261202_110953_assists_triage.up,
    down: migration_20261202_110953_assists_triage.down,
    name: '20261202_110953_assists_triage',
  },
  {
    up: migration_20261202_111112_courier_deliveries.up,
    down: migration_20261202_111112_courier_deliveries.down,
    name: '20261202_111112_courier_deliveries',
  },
  {
    up: migration_20261202_111623_assists_off_by_default.up,
    down: migration_20261202_111623_assists_off_by_default.down,
    name: '20261202_111623_assists_off_by_default'
  },
];
