package vn.dvc.adapter.reconcile;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.ExchangeProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.ledger.Reconciliations.Target;
import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.portal.PortalCode;
import vn.dvc.adapter.portal.PortalFault;
import vn.dvc.adapter.portal.Retry;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * The {@code read-back} step of the {@code reconcile} route: each dossier read back from the portal
 * ({@code TraCuuHoSo}) and compared with what the ledger says was accepted, in the canonical form
 * of the content hash: a match, missing at the portal, stale (which fields differ, when the ledger
 * keeps what was sent), or unreadable (a fault, never counted as drift).
 */
@Component("readBack")
class ReadBack {

    static final String LOOKUP = "TraCuuHoSo";

    private final PortalClient portal;
    private final DossierMapper mapper;
    private final ObjectMapper json;
    private final Retry retry;
    private final List<ReconcileListener> listeners;
    private final Reconciliations ledger;

    ReadBack(PortalClient portal, DossierMapper mapper, ObjectMapper json, AdapterProperties properties,
             List<ReconcileListener> listeners, Reconciliations ledger) {
        this.ledger = ledger;
        this.portal = portal;
        this.mapper = mapper;
        this.json = json;
        // a read back is retried on its own budget: one dossier's answer is worth less waiting than a push
        this.retry = new Retry(properties.reconcile().maxAttempts(), properties.sync().retryBackoff(),
                properties.sync().maxBackoff());
        this.listeners = listeners;
    }

    /** Reads a part back, one {@code TraCuuHoSo} a dossier (under the portal's rate limit), and classifies each. */
    public void read(List<Target> part, @ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r) {
        for (Target t : part) {
            Finding f = lookUp(t);
            r.findings.put(t.maHoSo(), f);
            int done = r.read.incrementAndGet();
            long elapsed = System.nanoTime() - r.startNanos;
            listeners.forEach(l -> l.readBack(done, r.targets.size(), elapsed));
        }
        if (r.heartbeatDue()) {
            try {
                ledger.heartbeat(r.id);
            } catch (DataAccessException away) {
                // the ledger is away: the next part says it again; silent for a run's whole stale time, it is closed
            }
        }
    }

    Finding lookUp(Target t) {
        ObjectNode fields = json.createObjectNode().put("MaHoSo", t.maHoSo());
        JsonNode reply;
        try {
            reply = retry.call(LOOKUP, () -> portal.integration(LOOKUP, fields));
        } catch (PortalFault fault) {
            return new Finding(t, Result.UNREADABLE, fault.getMessage());
        }
        PortalCode code = PortalCode.of(LOOKUP, reply);
        if (code == PortalCode.NOT_FOUND) {
            return new Finding(t, Result.MISSING, "Cổng DVCQG: " + PortalCode.message(reply)
                    + " (error_code " + PortalCode.number(reply) + ")");
        }
        JsonNode held = reply.get("result");
        if (code != PortalCode.OK || held == null || !held.isObject()) {
            return new Finding(t, Result.UNREADABLE, "trả lời TraCuuHoSo không kèm hồ sơ (error_code "
                    + PortalCode.number(reply) + ")");
        }
        ObjectNode canonical = mapper.canonical(held);
        if (t.sentHash() != null && mapper.canonicalHash(held).equals(t.sentHash())) {
            return new Finding(t, Result.MATCH, null);
        }
        return new Finding(t, Result.STALE, staleDetail(t, canonical));
    }

    /** Which fields differ, when the ledger keeps what was sent (adapter.ledger.keep-sent-payload); else that the content does. */
    private String staleDetail(Target t, ObjectNode atPortal) {
        if (t.sentHash() == null) {
            return "một lần sửa trước chưa xong; gửi lại";
        }
        if (t.payload() != null) {
            try {
                JsonNode sent = json.readTree(t.payload()).get("dossier");
                if (sent != null && sent.isObject()) {
                    Set<String> names = new java.util.TreeSet<>();
                    sent.fieldNames().forEachRemaining(names::add);
                    atPortal.fieldNames().forEachRemaining(names::add);
                    List<String> differ = names.stream().filter(n -> !java.util.Objects.equals(sent.get(n), atPortal.get(n)))
                            .toList();
                    return "nội dung khác bản đã gửi ở trường: " + String.join(", ", differ);
                }
            } catch (java.io.IOException e) {
                // fall through to the hash
            }
        }
        return "nội dung khác bản đã gửi (mã băm " + abbreviate(mapper.canonicalHash(atPortal)) + " ≠ " + abbreviate(t.sentHash())
                + ")";
    }

    private static String abbreviate(String hash) {
        return hash == null ? "—" : hash.substring(0, Math.min(12, hash.length()));
    }
}
