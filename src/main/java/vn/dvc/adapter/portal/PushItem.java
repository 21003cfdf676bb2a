package vn.dvc.adapter.portal;

import java.util.List;

/**
 * One dossier to bring up to date at the portal. Its dossier and progress entries are JSON text,
 * serialised once when mapped and sent as they are.
 *
 * @param dossier        the mapped dossier, a JSON object
 * @param progress       its progress entries, each a JSON object, oldest first
 * @param atPortal       the portal already holds a version of it: send as an update
 * @param dossierChanged its content differs from what the portal accepted; false when only progress is new
 * @param progressSent   how many of its progress entries the portal already has
 */
public record PushItem(String maHoSo, String hash, String dossier, List<String> progress, boolean atPortal,
                       boolean dossierChanged, int progressSent) {

    boolean hasNewProgress() {
        return progress.size() > progressSent;
    }
}
