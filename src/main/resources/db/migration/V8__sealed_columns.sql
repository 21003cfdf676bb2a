-- Citizens' data at rest (ledger/LedgerCipher): error messages quote the value a check refused, so
-- they are sealed like payloads, as "v1:<keyId>:<base64>" text about 4/3 of the clear length plus
-- 40 characters: the 2,000-character limits no longer hold a sealed 2,000-character message.
-- Portable SQL: H2 2.x and PostgreSQL 14+.
alter table transfer alter column last_error set data type varchar;
alter table transfer_event alter column message set data type varchar;
-- Retention (ledger/Retention) deletes events by age, every night.
create index transfer_event_at on transfer_event (at);
