-- The dossiers of a page, by MaHoSo: every column of the view, named as DVCQG names the field.
select h.MaHoSo as dossier_key, h.CapNhatLuc as changed_at, h.*
from dvcqg_hoso h
where h.MaHoSo in (:keys)
