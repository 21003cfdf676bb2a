-- When a reconcile last said it was alive (at its start, then every 30 s as it reads back): a reconcile of
-- another host whose process died stayed RUNNING for ever (V16 closes only those of the host that checks);
-- one silent for longer than a run may be is closed as ABORTED by the next reconcile, wherever it runs.
alter table reconcile_run add column heartbeat_at timestamp with time zone;
