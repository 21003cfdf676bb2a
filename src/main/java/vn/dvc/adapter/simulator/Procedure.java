package vn.dvc.adapter.simulator;

/** One administrative procedure as the province publishes it for one agency. */
public record Procedure(String maTTHC, String tenTTHC, String maDonVi, int mucDo, boolean coPhiLePhi,
                        String maLinhVuc, String tenLinhVuc) {

    /** Level 3 or 4: the procedures that count towards the online share. */
    public boolean online() {
        return mucDo >= 3;
    }
}
