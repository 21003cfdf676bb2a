-- dvcqg_tiendo of a page's dossiers, in the order of their steps (ThuTu).
select c.MaHoSo as dossier_key, c.CapNhatLuc as changed_at, c.*
from dvcqg_tiendo c
where c.MaHoSo in (:keys)
order by c.MaHoSo, c.ThuTu
