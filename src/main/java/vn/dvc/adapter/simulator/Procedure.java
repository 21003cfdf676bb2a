package vn.dvc.adapter.simulator;

/**
 * One administrative procedure as the province publishes it for one agency.
 *
 * @param ketQuaGiay          its result is a paper document (a licence, a certificate), in the national catalogue
 * @param duDieuKienToanTrinh eligible for end-to-end online service, in the national catalogue
 */
public record Procedure(String maTTHC, String tenTTHC, String maDonVi, int mucDo, boolean coPhiLePhi,
                        String maLinhVuc, String tenLinhVuc, boolean ketQuaGiay, boolean duDieuKienToanTrinh) {

    /** Level 3 or 4: the procedures that count towards the online share. */
    public boolean online() {
        return mucDo >= 3;
    }

    /** The national base code, without the agency suffix: 2.000477 of 2.000477.000.00.01.H25. */
    public String baseCode() {
        int dot = maTTHC.indexOf('.', maTTHC.indexOf('.') + 1);
        return dot < 0 ? maTTHC : maTTHC.substring(0, dot);
    }
}
