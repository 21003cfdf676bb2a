-- The next change events after a position, oldest first: a dossier's row or a child row changed,
-- from every view, each at most :limit rows. Written with OFFSET/FETCH, which SQL Server, PostgreSQL,
-- Oracle and MariaDB 10.6+ read alike; MySQL reads changes.mysql.sql. Columns: dossier_key, changed_at.
select dossier_key, changed_at from (
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_hoso
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_hoso
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_tiendo
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_tiendo
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_dinhdanh
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_dinhdanh
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_ketnoicsdl
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_ketnoicsdl
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_tailieunop
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_tailieunop
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_giaytoketqua
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_giaytoketqua
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_lephi
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo offset 0 rows fetch next :limit rows only) c_lephi
) events
order by changed_at, dossier_key
offset 0 rows fetch next :limit rows only
