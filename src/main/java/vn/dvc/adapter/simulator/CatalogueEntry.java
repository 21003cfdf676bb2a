package vn.dvc.adapter.simulator;

/**
 * A procedure as DVCQG lists it for an agency: whether its online service is integrated, whether its
 * result is a paper document and whether it is eligible for end-to-end online service (domain.md §4;
 * null: the catalogue does not say).
 */
public record CatalogueEntry(String maTTHC, String tenTTHC, int mucDo, boolean tichHop, Boolean ketQuaGiay,
                             Boolean duDieuKienToanTrinh) {

    public CatalogueEntry(String maTTHC, String tenTTHC, int mucDo, boolean tichHop) {
        this(maTTHC, tenTTHC, mucDo, tichHop, null, null);
    }
}
