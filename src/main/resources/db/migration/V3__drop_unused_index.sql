-- No query leads with ma_tthc (the catalogue's release selects by state, the reports group by
-- agency), and each index is one more B-tree to update for every dossier written.
drop index transfer_procedure;
