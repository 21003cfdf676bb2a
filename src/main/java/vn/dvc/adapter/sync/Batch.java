package vn.dvc.adapter.sync;

import java.util.List;
import java.util.Map;

import vn.dvc.adapter.ledger.Known;
import vn.dvc.adapter.ledger.Transfer;
import vn.dvc.adapter.portal.PushItem;

/**
 * One batch for the {@code push-batch} route: the dossiers to bring up to date at the portal
 * and, for those read from the source in this run, the version to write to the ledger with the
 * outcome. A resend or a replay has no versions: its rows are in the ledger already.
 *
 * <p>A plain class, not a record: Camel may hash a route's body, and hashing a hundred dossiers
 * per batch was measurable.
 */
public final class Batch {

    private final List<PushItem> items;
    private final Map<String, Transfer> versions;
    private final Map<String, Known> known;
    private final Map<String, String> agencies;
    private final boolean resent;

    private Batch(List<PushItem> items, Map<String, Transfer> versions, Map<String, Known> known, Map<String, String> agencies,
                  boolean resent) {
        this.resent = resent;
        this.items = items;
        this.versions = versions;
        this.known = known;
        this.agencies = agencies;
    }

    /** Dossiers read this run: each version is written once, with its outcome; {@code known}: the rows they replace. */
    static Batch read(List<PushItem> items, Map<String, Transfer> versions, Map<String, Known> known) {
        return new Batch(items, versions, known, Map.of(), false);
    }

    /** Rows already in the ledger, sent again; {@code agencies}: each one's MaDonVi, for what listeners are told. */
    public static Batch resend(List<PushItem> items, Map<String, String> agencies) {
        return new Batch(items, Map.of(), Map.of(), agencies, true);
    }

    /** Rows sent again (a replay's, a sync's unfinished rows before its first page), not dossiers read from a page. */
    boolean resent() {
        return resent;
    }

    /** The agency (MaDonVi) of a dossier of the batch, or null when unknown. */
    String agency(String maHoSo) {
        Transfer v = versions.get(maHoSo);
        return v != null && v.facts() != null ? v.facts().maDonVi() : agencies.get(maHoSo);
    }

    public List<PushItem> items() {
        return items;
    }

    /** The version read this run, or null for a row sent again. */
    Transfer version(String maHoSo) {
        return versions.get(maHoSo);
    }

    Map<String, Known> known() {
        return known;
    }
}
