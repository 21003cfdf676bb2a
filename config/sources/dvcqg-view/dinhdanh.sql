-- dvcqg_dinhdanh of a page's dossiers, in a fixed order: the order of a list is part of what is sent
-- (and of its content hash), so a query without one would send an unchanged dossier again.
select c.MaHoSo as dossier_key, c.CapNhatLuc as changed_at, c.*
from dvcqg_dinhdanh c
where c.MaHoSo in (:keys)
order by c.MaHoSo, c.LoaiDinhDanh, c.SoDinhDanh
