-- The province's catalogue: each procedure and its service level per agency.
select * from dvcqg_thutuc order by MaTTHC, MaDonVi
