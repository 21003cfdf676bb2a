-- What the national catalogue says of each procedure (LayDanhSachTTHC, domain.md §4, §8): whether
-- its result is a paper document and whether it is eligible for end-to-end online service. Null
-- when DVCQG did not say: the indicators that need them then report "unknown", never 0.
-- (procedure_local.co_phi already holds the province's CoPhiLePhi.)
alter table procedure_national add column ket_qua_giay boolean;
alter table procedure_national add column du_dieu_kien_toan_trinh boolean;
