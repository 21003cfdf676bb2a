package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.sync.Batch;
import vn.dvc.adapter.sync.RecordedPage;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncRun;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * Meters the sync from outside its code, as a Camel event notifier: what a page or a batch came
 * to is read back from the ledger (one query per page or batch, by primary key), a run's
 * duration from its summary, and each portal call's latency from the {@code portal-http} step.
 */
@Component
@ConditionalOnWebApplication
class CamelMetrics extends EventNotifierSupport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CamelMetrics.class);
    private static final String SERVICE = "adapter.metrics.portalService";
    private static final Set<String> PORTAL_PATHS = Set.of("/token", "/auth", "/integration", "/share");
    private static final Pattern SERVICE_FIELD = Pattern.compile("\"service\"\\s*:\\s*\"([A-Za-z]{1,64})\"");

    private final AdapterMetrics metrics;
    private final NamedParameterJdbcTemplate jdbc;
    private final String portalAuthority;

    CamelMetrics(AdapterMetrics metrics, NamedParameterJdbcTemplate jdbc, AdapterProperties properties) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        URI portal = properties.portal() == null ? null : properties.portal().url();
        this.portalAuthority = portal == null ? null : portal.getAuthority();
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent || event instanceof CamelEvent.ExchangeSentEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        try {
            if (event instanceof CamelEvent.ExchangeSendingEvent sending && portal(sending.getEndpoint(), sending.getExchange())) {
                sending.getExchange().setProperty(SERVICE, service(sending.getExchange()));
            } else if (event instanceof CamelEvent.ExchangeSentEvent sent) {
                sent(sent);
            }
        } catch (RuntimeException e) {
            // metering must never break a run
            LOG.debug("metrics: {}", e.toString());
        }
    }

    private void sent(CamelEvent.ExchangeSentEvent sent) {
        Exchange exchange = sent.getExchange();
        String direct = direct(sent.getEndpoint());
        Object body = exchange.getMessage().getBody();
        if (exchange.getException() == null && "push-batch".equals(direct)
                && body instanceof vn.dvc.adapter.sync.PushStep.Pushed pushed && !pushed.outcomes().isEmpty()) {
            pushed(pushed.batch());
        } else if (exchange.getException() == null && "process-page".equals(direct) && body instanceof RecordedPage page) {
            recorded(page, exchange.getProperty("run", SyncRun.class));
        } else if ("sync-run".equals(direct) && body instanceof RunSummary summary) {
            metrics.run("SYNC", summary.status(), Duration.ofMillis(summary.durationMs()));
        } else if (exchange.getProperty(SERVICE) instanceof String service && portal(sent.getEndpoint(), exchange)) {
            Integer code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            String status = exchange.getException() != null || code == null ? "IO_ERROR" : String.valueOf(code);
            metrics.portalRequest(service, status, Duration.ofMillis(sent.getTimeTaken()));
            exchange.removeProperty(SERVICE);
        }
    }

    /** A batch was pushed: SENT, FAILED or REJECTED now, by agency (not yet in the ledger when the breaker skipped it). */
    private void pushed(Batch batch) {
        List<String> ids = new ArrayList<>();
        for (PushItem item : batch.items()) {
            ids.add(item.maHoSo());
        }
        if (!ids.isEmpty()) {
            count(jdbc.queryForList("select ma_don_vi, state, count(*) as n from transfer where ma_ho_so in (:ids)"
                    + " and state in ('SENT','FAILED','REJECTED') group by ma_don_vi, state",
                    new MapSqlParameterSource("ids", ids)));
        }
    }

    /**
     * A page was read and recorded: pulled by agency, and what the checks refused in this run, by
     * the agency the record names (a quarantined record's facts may be unreadable in the ledger).
     */
    private void recorded(RecordedPage recorded, SyncRun run) {
        Map<String, String> agencyOf = new HashMap<>();
        Map<String, Long> pulled = new HashMap<>();
        for (JsonNode item : recorded.page().items()) {
            String agency = item.path("MaDonVi").asText("");
            pulled.merge(agency, 1L, Long::sum);
            if (item.hasNonNull("MaHoSo")) {
                agencyOf.put(item.path("MaHoSo").asText(), agency);
            }
        }
        pulled.forEach((agency, n) -> metrics.dossiers("pulled", agency, n));
        if (run != null && !agencyOf.isEmpty()) {
            Map<String, Long> refused = new HashMap<>();
            jdbc.query("select ma_ho_so, state from transfer where ma_ho_so in (:ids) and run_id = :run"
                            + " and state in ('QUARANTINED','HELD')",
                    new MapSqlParameterSource("ids", agencyOf.keySet()).addValue("run", run.id()),
                    rs -> {
                        refused.merge(rs.getString(2).toLowerCase(java.util.Locale.ROOT) + "|" + agencyOf.get(rs.getString(1)),
                                1L, Long::sum);
                    });
            refused.forEach((key, n) -> metrics.dossiers(key.substring(0, key.indexOf('|')),
                    key.substring(key.indexOf('|') + 1), n));
        }
    }

    private void count(List<Map<String, Object>> rows) {
        for (Map<String, Object> r : rows) {
            metrics.dossiers(String.valueOf(r.get("state")).toLowerCase(java.util.Locale.ROOT), (String) r.get("ma_don_vi"),
                    ((Number) r.get("n")).longValue());
        }
    }

    private boolean portal(Endpoint endpoint, Exchange exchange) {
        String uri = endpoint.getEndpointUri();
        if (!uri.startsWith("http") || !PORTAL_PATHS.contains(exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class))) {
            return false;
        }
        try {
            return portalAuthority == null || portalAuthority.equals(URI.create(uri).getAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String service(Exchange exchange) {
        String path = exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class);
        if ("/token".equals(path) || "/auth".equals(path)) {
            return path.substring(1);
        }
        Object body = exchange.getMessage().getBody();
        String text = body instanceof byte[] bytes
                ? new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8)
                : body instanceof String s ? s : null;
        Matcher m = text == null ? null : SERVICE_FIELD.matcher(text);
        return m != null && m.find() ? m.group(1) : path.substring(1);
    }

    /** "direct://push-batch" → "push-batch"; null for other endpoints. */
    private static String direct(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        if (!uri.startsWith("direct:")) {
            return null;
        }
        String name = uri.substring("direct:".length());
        name = name.startsWith("//") ? name.substring(2) : name;
        int q = name.indexOf('?');
        return q < 0 ? name : name.substring(0, q);
    }
}
