namespace AsterBot.Storage.Migrations;

/// <summary>
/// Every schema version in order. Append new migrations; never edit one that has shipped (databases in the field
/// already ran it). docs/STORAGE.md describes the tables.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "users, api slots, pairs, orders, fills, positions, signals, notifications, audit log", """
            CREATE TABLE users (
                id {ID},
                display_name TEXT NOT NULL,
                telegram_user_id BIGINT UNIQUE,
                created_at_ms BIGINT NOT NULL
            );
            CREATE TABLE api_slots (
                id {ID},
                owner_id BIGINT NOT NULL REFERENCES users (id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                public_key TEXT NOT NULL,
                secret_blob {BLOB} NOT NULL,
                created_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                UNIQUE (owner_id, name),
                UNIQUE (owner_id, id)
            );
            CREATE TABLE pairs (
                id {ID},
                owner_id BIGINT NOT NULL,
                slot_id BIGINT NOT NULL,
                market TEXT NOT NULL,
                symbol TEXT NOT NULL,
                strategy TEXT NOT NULL,
                config_json TEXT NOT NULL,
                enabled INTEGER NOT NULL,
                created_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                UNIQUE (owner_id, slot_id, market, symbol),
                FOREIGN KEY (owner_id, slot_id) REFERENCES api_slots (owner_id, id) ON DELETE CASCADE
            );
            CREATE TABLE order_intents (
                id {ID},
                owner_id BIGINT NOT NULL,
                slot_id BIGINT NOT NULL,
                client_order_id TEXT NOT NULL,
                market TEXT NOT NULL,
                symbol TEXT NOT NULL,
                side TEXT NOT NULL,
                order_type TEXT NOT NULL,
                quantity {MONEY} NOT NULL,
                price {MONEY},
                state TEXT NOT NULL,
                exchange_order_id BIGINT,
                reason TEXT,
                created_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                UNIQUE (owner_id, slot_id, client_order_id),
                FOREIGN KEY (owner_id, slot_id) REFERENCES api_slots (owner_id, id)
            );
            CREATE TABLE fills (
                id {ID},
                owner_id BIGINT NOT NULL,
                slot_id BIGINT NOT NULL,
                client_order_id TEXT NOT NULL,
                market TEXT NOT NULL,
                symbol TEXT NOT NULL,
                trade_id BIGINT NOT NULL,
                price {MONEY} NOT NULL,
                quantity {MONEY} NOT NULL,
                fee {MONEY} NOT NULL,
                fee_asset TEXT NOT NULL,
                filled_at_ms BIGINT NOT NULL,
                UNIQUE (owner_id, slot_id, market, symbol, trade_id),
                FOREIGN KEY (owner_id, slot_id) REFERENCES api_slots (owner_id, id)
            );
            CREATE TABLE position_snapshots (
                id {ID},
                owner_id BIGINT NOT NULL,
                slot_id BIGINT NOT NULL,
                market TEXT NOT NULL,
                symbol TEXT NOT NULL,
                quantity {MONEY} NOT NULL,
                entry_price {MONEY} NOT NULL,
                taken_at_ms BIGINT NOT NULL,
                FOREIGN KEY (owner_id, slot_id) REFERENCES api_slots (owner_id, id)
            );
            CREATE INDEX position_snapshots_latest ON position_snapshots (owner_id, slot_id, market, symbol, taken_at_ms);
            CREATE TABLE signals (
                id {ID},
                owner_id BIGINT NOT NULL REFERENCES users (id),
                signal_id TEXT NOT NULL,
                source TEXT NOT NULL,
                payload TEXT NOT NULL,
                received_at_ms BIGINT NOT NULL,
                UNIQUE (owner_id, signal_id)
            );
            CREATE TABLE notifications (
                id {ID},
                owner_id BIGINT NOT NULL REFERENCES users (id),
                channel TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at_ms BIGINT NOT NULL,
                delivered_at_ms BIGINT
            );
            CREATE TABLE audit_log (
                id {ID},
                owner_id BIGINT NOT NULL REFERENCES users (id),
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL,
                at_ms BIGINT NOT NULL
            );
            CREATE INDEX audit_log_recent ON audit_log (owner_id, at_ms);
            """),
        // v1 kept the slot settings as JSON in api_slots.kind; they get typed columns, and kind names the credentials.
        new(2, "api slot settings as typed columns", """
            ALTER TABLE api_slots ADD COLUMN exchange TEXT NOT NULL DEFAULT 'AsterFutures';
            ALTER TABLE api_slots ADD COLUMN network TEXT NOT NULL DEFAULT 'mainnet';
            ALTER TABLE api_slots ADD COLUMN maker_fee {MONEY};
            ALTER TABLE api_slots ADD COLUMN taker_fee {MONEY};
            ALTER TABLE api_slots ADD COLUMN processing_delay_s {MONEY} NOT NULL DEFAULT '0';
            ALTER TABLE api_slots ADD COLUMN rate_limit_ms INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE api_slots ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE api_slots ADD COLUMN allow_withdrawals INTEGER NOT NULL DEFAULT 0;
            """, SlotSettingsFromJson.MoveAsync),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
