package vn.dvc.adapter.ledger;

import java.time.Instant;

import vn.dvc.adapter.checks.Facts;

/**
 * A dossier version to record: its content hash and the payload needed to resend it, with the
 * facts the compliance report counts.
 *
 * @param progressIssues its progress entries held back or shortened, as JSON, or null for none
 */
public record Transfer(String maHoSo, String hash, String payload, int progressTotal, Facts facts,
                       String cursor, Instant sourceUpdated, String progressIssues) {

    public Transfer withPayload(String text) {
        return new Transfer(maHoSo, hash, text, progressTotal, facts, cursor, sourceUpdated, progressIssues);
    }
}
