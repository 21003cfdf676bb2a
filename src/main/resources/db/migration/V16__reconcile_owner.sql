-- The process (pid@host) that runs a reconcile: one whose process died (a killed `reconcile` command, a
-- host that went down) stayed RUNNING for ever; the next reconcile of this host closes it as ABORTED.
alter table reconcile_run add column owner varchar(200);
