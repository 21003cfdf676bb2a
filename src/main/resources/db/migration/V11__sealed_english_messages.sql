-- The English wording of a failure (V10) quotes the refused value like the Vietnamese one, so it is
-- sealed too (ledger/LedgerCipher, as V8 did for last_error and message): a sealed value is about 4/3
-- of its clear length, more than the 2,000 characters V10 gave. Portable SQL: H2 2.x and PostgreSQL 14+.
alter table transfer alter column last_error_en set data type varchar;
alter table transfer_event alter column message_en set data type varchar;
