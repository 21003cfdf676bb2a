select MaHoSo as dossier_key, CapNhatLuc as changed_at from dvcqg_hoso order by CapNhatLuc desc, MaHoSo desc limit :limit
