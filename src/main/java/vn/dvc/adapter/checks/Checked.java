package vn.dvc.adapter.checks;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dvc.adapter.system.JsonText;

/** One source record after the checks: ready to send, or refused with the reason. */
public sealed interface Checked {

    String maHoSo();

    /** CapNhatLuc, or null when the record is too broken to have one. */
    Instant updatedAt();

    Facts facts();

    /** Top-level fields of the source record that the contract does not know (schema drift); not sent. */
    List<String> unknownFields();

    /**
     * Mapped for the portal: the dossier in the portal's field order, NFC, and its progress
     * entries, as trees and serialised once ({@code wire}, {@code progressWire}: what is sent and
     * kept); {@code hash} identifies the dossier's content so unchanged ones are not resent.
     * A progress entry held back ({@code progressIssues}) is null in {@code progressWire}.
     */
    record Valid(String maHoSo, Instant updatedAt, Facts facts, ObjectNode dossier, List<JsonText> progressWire,
                 List<ProgressIssue> progressIssues, JsonText wire, String hash, List<String> unknownFields)
            implements Checked {}

    /** {@code hash} identifies the raw record, so reading the same bad record again changes nothing. */
    record Invalid(String maHoSo, Instant updatedAt, Facts facts, Violation violation, String hash,
                   List<String> unknownFields) implements Checked {}
}
