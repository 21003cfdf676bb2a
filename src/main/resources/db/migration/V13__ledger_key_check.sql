-- Which key each key id stood for when this ledger first used it: a known text sealed with that key,
-- opened at every start (ledger/KeyCheck). A wrong key under a known id is then named in one line at
-- start, instead of a server that starts, reports itself healthy, and fails on the first sealed value a
-- person opens. Portable SQL: H2 2.x and PostgreSQL 14+.
create table ledger_key (
    key_id     varchar(32) primary key,
    check_value varchar(200) not null,
    created_at timestamp with time zone not null
);
