-- H2 only. An identity column hands its values out of a cache of 32 by default, and each time the
-- cache runs out H2 writes the sequence's new base in a commit of its own: with WRITE_DELAY=0 (every
-- commit durable, DurableH2) that is one more chunk written every 32 events, 6% of a sync's CPU in a
-- JFR profile of 20,000 dossiers (docs/benchmarks.md). A larger cache costs only a gap in the ids
-- after a kill -9 (H2 resumes past the cached block); the ids stay increasing, which the story's
-- order (order by id) needs. PostgreSQL keeps its default: its sequences are not written per block,
-- and a per-session cache there would hand out ids out of time order across connections.
alter table transfer_event alter column id set cache 10000;
alter table reconcile_drift alter column id set cache 10000;
