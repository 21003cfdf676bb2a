package vn.dvc.adapter.checks;

import java.time.LocalDateTime;

/** What the compliance report counts about one dossier; any part may be null for a broken record. */
public record Facts(String maDonVi, String maTTHC, Integer kenh, Integer trangThai,
                    LocalDateTime ngayTiepNhan, LocalDateTime ngayHenTra, LocalDateTime ngayKetThuc) {

    public static final Facts NONE = new Facts(null, null, null, null, null, null, null);
}
