-- Facts the national scoring (Decision 766, domain.md §8) counts, written with each dossier's
-- outcome by checks/NationalFacts. Null for rows written before this migration (and for records
-- too broken to tell): `sync --refill-facts` reads the source again and fills them (README).
alter table transfer add column ket_qua_dien_tu   boolean;    -- a result with MaGiayToKetQua and DuongDanTepTinKetQua
alter table transfer add column tep_ket_qua       boolean;    -- a result file link (DuongDanTepTinKetQua)
alter table transfer add column tep_nop           boolean;    -- files in TaiLieuNop (not deleted)
alter table transfer add column so_hoa            boolean;    -- HoSoCoThanhPhanSoHoa 1 or a file with DuocSoHoa 1
alter table transfer add column tai_su_dung       boolean;    -- a file with DuocTaiSuDung 1
alter table transfer add column kho_dmqg          boolean;    -- a file with DuocLayTuKhoDMQG 1
alter table transfer add column csdl_dan_cu       boolean;    -- DSKetNoiCSDL names the population database
alter table transfer add column thanh_toan_tt     boolean;    -- DuocThanhToanTrucTuyen 1 or 2
alter table transfer add column tong_le_phi       bigint;     -- sum of DanhSachLePhi.Gia (0: none, or all 0)
alter table transfer add column so_lan_bo_sung    integer;    -- requests for supplement
alter table transfer add column thoi_gian_bo_sung bigint;     -- the citizen's supplement time, seconds
alter table transfer add column ket_thuc_766      timestamp;  -- end of processing by §8's rule (null: not ended)
alter table transfer add column han_766           timestamp;  -- NgayHenTra plus the citizen's supplement time
