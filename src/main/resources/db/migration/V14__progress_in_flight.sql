-- Progress entries at the portal whose answer is not committed yet (issue 25). The portal keeps no
-- key to de-duplicate a progress entry (CapNhatTienDoHoSoMC appends), so a call whose answer was
-- lost may leave its entries twice once they are sent again. A row is committed before the call
-- and deleted in the transaction that commits the call's outcome; a row whose run is no longer
-- RUNNING was in flight when that run died (kill -9, the ledger lost mid-run): its entries were
-- sent again and "may be doubled at the portal". Those rows stay, the list an operator answers a
-- citizen from; `status`, the console's overview and adapter_progress_in_doubt count them.
create table progress_in_flight (
    run_id       bigint       not null,
    ma_ho_so     varchar(100) not null,
    entries      varchar      not null,  -- the entries' places in the dossier's progress, as progress_held: "3,4,5"
    entry_count  integer      not null,
    sent_at      timestamp with time zone not null
);
-- no index: a row lives from one commit to the next, so the table holds the calls in flight and what faults
-- left in doubt (at most concurrency × batch rows each); an index would be one more structure each call
-- writes twice, for a scan of a small table
