package vn.dvc.adapter.catalogue;

import org.springframework.stereotype.Component;

/**
 * Is a dossier's procedure published at level 3/4 for its agency, does DVCQG list it, is it
 * integrated? Only a procedure DVCQG does not know holds the dossier (the portal would reject
 * it); the other findings are recorded for the compliance report.
 */
@Component
public class IntegrationCheck {

    public static final String OK = "OK";
    public static final String NOT_PUBLISHED = "NOT_PUBLISHED";
    public static final String NOT_INTEGRATED = "NOT_INTEGRATED";
    public static final String UNKNOWN_TO_DVCQG = "UNKNOWN_TO_DVCQG";
    /** The ledger's error code of a dossier held for an unknown procedure. */
    public static final String PROCEDURE_UNKNOWN = "PROCEDURE_UNKNOWN";

    /** The finding and the service level. */
    public record Finding(String result, Integer mucDo) {

        public boolean holds() {
            return UNKNOWN_TO_DVCQG.equals(result);
        }
    }

    private final Catalogue catalogue;

    public IntegrationCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Null result before the catalogue was ever loaded: nothing is held on an empty catalogue. */
    public Finding check(String maDonVi, String maTTHC) {
        Catalogue.View view = catalogue.view();
        if (!view.loaded()) {
            return new Finding(null, null);
        }
        Catalogue.Local local = view.local(maDonVi, maTTHC);
        Catalogue.National national = view.national(maDonVi, maTTHC);
        Integer level = local != null ? Integer.valueOf(local.mucDo()) : national != null ? national.mucDo() : null;
        if (national == null) {
            return new Finding(UNKNOWN_TO_DVCQG, level);
        }
        if (local == null) {
            return new Finding(NOT_PUBLISHED, level);
        }
        boolean online = level != null && level >= 3;
        return new Finding(online && !national.tichHop() ? NOT_INTEGRATED : OK, level);
    }
}
