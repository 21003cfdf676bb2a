package vn.dvc.adapter.portal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One dossier to bring up to date at the portal.
 *
 * @param atPortal       the portal already holds a version of it: send as an update
 * @param dossierChanged its content differs from what the portal accepted; false when only progress is new
 * @param progressSent   how many of its progress entries the portal already has
 */
public record PushItem(String maHoSo, String hash, ObjectNode dossier, List<ObjectNode> progress, boolean atPortal,
                       boolean dossierChanged, int progressSent) {

    boolean hasNewProgress() {
        return progress.size() > progressSent;
    }
}
