-- `source check`: the dossiers changed most recently. Columns: dossier_key, changed_at.
select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_hoso
order by CapNhatLuc desc, MaHoSo desc
offset 0 rows fetch next :limit rows only
