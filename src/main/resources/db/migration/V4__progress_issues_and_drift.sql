-- A defect in a progress entry no longer withholds its dossier: the entry is held back (sent once
-- the source corrects it) or a label is shortened, and the ledger says which and keeps the original.
alter table transfer add column progress_held varchar(2000);   -- places of the entries held back, "3,7"
alter table transfer add column progress_issues varchar;        -- JSON: entry, field, action, problem, message, original
-- Source fields outside the contract (schema drift), per run: "Field=records, ...".
alter table sync_run add column drift varchar(2000);
