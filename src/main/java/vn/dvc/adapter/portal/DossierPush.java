package vn.dvc.adapter.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * Brings a batch of dossiers up to date at the portal: {@code DongBoHoSoMC} as create or update,
 * then {@code CapNhatTienDoHoSoMC} for their new progress entries. A batch the portal refuses
 * whole for invalid data ({@code error_code} -1) is halved until the bad dossiers stand alone,
 * so the good ones are accepted in about 2·log2(n) extra calls per bad one. Each call's answer is
 * told to {@link PushCalls} as it comes, and the next call waits for it to be committed.
 */
@Component
public class DossierPush {

    static final String DONG_BO = "DongBoHoSoMC";
    static final String TIEN_DO = "CapNhatTienDoHoSoMC";

    private final PortalClient portal;
    private final ObjectMapper json;
    private final Retry retry;

    public DossierPush(PortalClient portal, ObjectMapper json, AdapterProperties properties) {
        this.portal = portal;
        this.json = json;
        this.retry = Retry.from(properties.sync());
    }

    /** One outcome per item, in the items' order; {@code calls} is told of each call as it is made and answered. */
    public List<Outcome> push(List<PushItem> items, PushCalls calls) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<PushItem> creates = new ArrayList<>();
        List<PushItem> updates = new ArrayList<>();
        for (PushItem item : items) {
            if (item.dossierChanged()) {
                (item.atPortal() ? updates : creates).add(item);
            }
        }
        sendDossiers(creates, false, outcomes, calls);
        sendDossiers(updates, true, outcomes, calls);

        List<PushItem> progress = new ArrayList<>();
        for (PushItem item : items) {
            Outcome dossier = outcomes.get(item.maHoSo());
            boolean atPortal = dossier == null ? item.atPortal() : dossier.kind() == Outcome.Kind.ACCEPTED;
            if (atPortal && item.hasNewProgress()) {
                progress.add(item);
            }
        }
        sendProgress(progress, outcomes, calls);

        List<Outcome> result = new ArrayList<>(items.size());
        for (PushItem item : items) {
            result.add(outcomes.getOrDefault(item.maHoSo(), Outcome.accepted(item, item.atPortal())));
        }
        return result;
    }

    private void sendDossiers(List<PushItem> batch, boolean updating, Map<String, Outcome> outcomes, PushCalls calls) {
        if (batch.isEmpty()) {
            return;
        }
        ArrayNode data = json.createArrayNode();
        batch.forEach(item -> data.addRawValue(new RawValue(item.dossier())));
        ObjectNode fields = json.createObjectNode().put("isUpdating", updating ? "True" : "False");
        fields.set("data", data);
        JsonNode reply;
        try {
            reply = retry.call(DONG_BO, () -> {
                calls.calling(List.of());
                return portal.integration(DONG_BO, fields);
            });
        } catch (PortalFault fault) {
            answered(batch, item -> failed(item, Stage.DOSSIER, fault), outcomes, calls::dossiersAnswered);
            return;
        }
        PortalCode answer = PortalCode.of(DONG_BO, reply);
        int code = PortalCode.number(reply);
        String message = PortalCode.message(reply);
        if (answer == PortalCode.OK) {
            answered(batch, item -> Outcome.accepted(item, true), outcomes, calls::dossiersAnswered);
        } else if (!updating && answer == PortalCode.ALREADY_EXISTS) {
            // Nothing of the batch was stored; an update of a dossier the portal lacks creates it.
            sendDossiers(batch, true, outcomes, calls);
        } else if (answer == PortalCode.INVALID_DATA && batch.size() > 1) {
            sendDossiers(batch.subList(0, batch.size() / 2), updating, outcomes, calls);
            sendDossiers(batch.subList(batch.size() / 2, batch.size()), updating, outcomes, calls);
        } else {
            answered(batch, item -> rejected(item, item.atPortal(), Stage.DOSSIER, code, message), outcomes,
                    calls::dossiersAnswered);
        }
    }

    private void sendProgress(List<PushItem> batch, Map<String, Outcome> outcomes, PushCalls calls) {
        if (batch.isEmpty()) {
            return;
        }
        ArrayNode data = json.createArrayNode();
        for (PushItem item : batch) {
            item.newProgress().forEach(p -> data.addRawValue(new RawValue(p)));
        }
        ObjectNode fields = json.createObjectNode();
        fields.set("data", data);
        JsonNode reply;
        // an attempt whose answer was lost after the request went out may have appended the entries already
        boolean[] mayBeDoubled = {false};
        java.util.function.Consumer<List<Outcome>> tell = o -> calls.progressAnswered(o, mayBeDoubled[0]);
        try {
            reply = retry.call(TIEN_DO, () -> {
                calls.calling(batch);
                return portal.integration(TIEN_DO, fields);
            }, fault -> mayBeDoubled[0] |= fault.mayHaveApplied());
        } catch (PortalFault fault) {
            answered(batch, item -> failed(item, Stage.PROGRESS, fault), outcomes, tell);
            return;
        }
        PortalCode answer = PortalCode.of(TIEN_DO, reply);
        if (answer == PortalCode.OK) {
            answered(batch, Outcome::acceptedWithProgress, outcomes, tell);
        } else if (answer == PortalCode.INVALID_DATA && batch.size() > 1) {
            sendProgress(batch.subList(0, batch.size() / 2), outcomes, calls);
            sendProgress(batch.subList(batch.size() / 2, batch.size()), outcomes, calls);
        } else {
            int code = PortalCode.number(reply);
            String message = PortalCode.message(reply);
            answered(batch, item -> rejected(item, true, Stage.PROGRESS, code, message), outcomes, tell);
        }
    }

    /** What one call came to for each of its items: kept for the result, and told at once. */
    private static void answered(List<PushItem> batch, java.util.function.Function<PushItem, Outcome> outcome,
                                 Map<String, Outcome> outcomes, java.util.function.Consumer<List<Outcome>> tell) {
        List<Outcome> answered = new ArrayList<>(batch.size());
        for (PushItem item : batch) {
            Outcome o = outcome.apply(item);
            outcomes.put(item.maHoSo(), o);
            answered.add(o);
        }
        tell.accept(answered);
    }

    private static Outcome failed(PushItem item, Stage stage, PortalFault fault) {
        boolean atPortal = item.atPortal() || stage == Stage.PROGRESS;
        return new Outcome(item.maHoSo(), Outcome.Kind.FAILED, atPortal, item.progressSent(), item.progressHeld(), stage,
                fault.code(), fault.getMessage(), fault.english(), fault.httpStatus());
    }

    private static Outcome rejected(PushItem item, boolean atPortal, Stage stage, int code, String message) {
        return new Outcome(item.maHoSo(), Outcome.Kind.REJECTED, atPortal, item.progressSent(), item.progressHeld(), stage,
                "PORTAL_" + code, "Cổng DVCQG từ chối (error_code " + code + "): " + message,
                "The national portal refused it (error_code " + code + "): " + message, 200);
    }
}
