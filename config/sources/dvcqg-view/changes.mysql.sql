-- MySQL has no OFFSET/FETCH: the same query with LIMIT.
select dossier_key, changed_at from (
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_hoso
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_hoso
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_tiendo
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_tiendo
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_dinhdanh
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_dinhdanh
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_ketnoicsdl
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_ketnoicsdl
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_tailieunop
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_tailieunop
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_giaytoketqua
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_giaytoketqua
  union all
  select * from (select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_lephi
    where CapNhatLuc >= :after_time and (CapNhatLuc > :after_time or MaHoSo > :after_key)
    order by CapNhatLuc, MaHoSo limit :limit) c_lephi
) events
order by changed_at, dossier_key
limit :limit
