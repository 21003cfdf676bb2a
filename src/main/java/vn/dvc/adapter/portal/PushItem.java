package vn.dvc.adapter.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.dvc.adapter.system.JsonText;

/**
 * One dossier to bring up to date at the portal. Its dossier and progress entries are JSON text,
 * serialised once when mapped and sent as they are (the dossier as its UTF-8 bytes).
 *
 * @param dossier        the mapped dossier, a JSON object
 * @param progress       its progress entries, each a JSON object, oldest first; null for an entry held back
 * @param atPortal       the portal already holds a version of it: send as an update
 * @param dossierChanged its content differs from what the portal accepted; false when only progress is new
 * @param progressSent   how many of its progress entries the portal already dealt with (sent or held back)
 * @param progressHeld   which of those were held back, as the ledger keeps them ("3,7"), or null
 */
public record PushItem(String maHoSo, String hash, JsonText dossier, List<JsonText> progress, boolean atPortal,
                       boolean dossierChanged, int progressSent, String progressHeld) {

    /** Entries to send now: those held back before that the source has since corrected, then the new ones. */
    List<JsonText> newProgress() {
        List<JsonText> out = new ArrayList<>();
        for (int i : newProgressPlaces()) {
            out.add(progress.get(i));
        }
        return out;
    }

    /** The places (0-based) of {@link #newProgress} in the dossier's progress, in the order they are sent. */
    public List<Integer> newProgressPlaces() {
        List<Integer> out = new ArrayList<>();
        for (int i : heldBefore()) {
            if (i < progress.size() && progress.get(i) != null) {
                out.add(i);
            }
        }
        for (int i = progressSent; i < progress.size(); i++) {
            if (progress.get(i) != null) {
                out.add(i);
            }
        }
        return out;
    }

    public boolean hasNewProgress() {
        return !newProgressPlaces().isEmpty();
    }

    /** The entries still held back once {@link #newProgress} is accepted, in the ledger's form. */
    String heldAfter() {
        TreeSet<Integer> held = new TreeSet<>();
        for (int i : heldBefore()) {
            if (i < progress.size() && progress.get(i) == null) {
                held.add(i);
            }
        }
        for (int i = progressSent; i < progress.size(); i++) {
            if (progress.get(i) == null) {
                held.add(i);
            }
        }
        return held(held);
    }

    private List<Integer> heldBefore() {
        return held(progressHeld);
    }

    /** "3,7" → [3, 7]; null or empty → []. */
    public static List<Integer> held(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            out.add(Integer.parseInt(part.strip()));
        }
        return out;
    }

    /** The ledger's form of a set of entry places: "3,7", or null for none. */
    public static String held(java.util.Collection<Integer> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i : entries) {
            out.append(out.isEmpty() ? "" : ",").append(i);
        }
        return out.toString();
    }
}
