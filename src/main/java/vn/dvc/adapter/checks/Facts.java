package vn.dvc.adapter.checks;

import java.time.LocalDateTime;

/**
 * What the compliance report counts about one dossier; any part may be null for a broken record.
 *
 * @param eauth       the adapter's own e-authentication verdict (null when the record was refused first)
 * @param mucDo       the service level of its procedure, from the province's catalogue
 * @param integration the integration finding: OK, NOT_PUBLISHED, NOT_INTEGRATED, UNKNOWN_TO_DVCQG
 * @param national    what the national scoring counts (null for a refused record)
 */
public record Facts(String maDonVi, String maTTHC, Integer kenh, Integer trangThai,
                    LocalDateTime ngayTiepNhan, LocalDateTime ngayHenTra, LocalDateTime ngayKetThuc,
                    EAuthResult eauth, Integer mucDo, String integration, NationalFacts national) {

    public static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, null, null);

    public Facts(String maDonVi, String maTTHC, Integer kenh, Integer trangThai, LocalDateTime ngayTiepNhan,
                 LocalDateTime ngayHenTra, LocalDateTime ngayKetThuc, EAuthResult eauth, Integer mucDo, String integration) {
        this(maDonVi, maTTHC, kenh, trangThai, ngayTiepNhan, ngayHenTra, ngayKetThuc, eauth, mucDo, integration, null);
    }

    /** With the national scoring's facts of the mapped dossier. */
    public Facts withNational(NationalFacts facts) {
        return new Facts(maDonVi, maTTHC, kenh, trangThai, ngayTiepNhan, ngayHenTra, ngayKetThuc, eauth, mucDo, integration,
                facts);
    }

    /** Only the agency: what a refused record is filed under. */
    public Facts withAgency(String agency) {
        return new Facts(agency, null, null, null, null, null, null, null, null, null);
    }

    public Facts withCatalogue(Integer level, String finding) {
        return new Facts(maDonVi, maTTHC, kenh, trangThai, ngayTiepNhan, ngayHenTra, ngayKetThuc, eauth, level, finding,
                national);
    }
}
