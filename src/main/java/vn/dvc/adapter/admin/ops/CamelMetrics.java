package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * Meters what Camel sees, as an event notifier: a run's duration from its summary, and each portal
 * call's latency and answer from the {@code portal-http} step, by the service the portal client
 * named. What the dossiers came to is told by the run itself ({@link DossierMetrics}).
 */
@Component
@ConditionalOnWebApplication
class CamelMetrics extends EventNotifierSupport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CamelMetrics.class);
    private static final Set<String> PORTAL_PATHS = Set.of("/token", "/auth", "/integration", "/share");

    private final AdapterMetrics metrics;
    private final String portalAuthority;

    CamelMetrics(AdapterMetrics metrics, AdapterProperties properties) {
        this.metrics = metrics;
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
                sending.getExchange().setProperty(ExchangeKeys.TIMED_SERVICE, service(sending.getExchange()));
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
        if ("sync-run".equals(direct) && body instanceof RunSummary summary) {
            metrics.run(vn.dvc.adapter.ledger.RunKind.SYNC, summary.status(), Duration.ofMillis(summary.durationMs()));
        } else if (exchange.getProperty(ExchangeKeys.TIMED_SERVICE) instanceof String service && portal(sent.getEndpoint(), exchange)) {
            Integer code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            String status = exchange.getException() != null || code == null ? "IO_ERROR" : String.valueOf(code);
            metrics.portalRequest(service, status, Duration.ofMillis(sent.getTimeTaken()));
            exchange.removeProperty(ExchangeKeys.TIMED_SERVICE);
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
        String named = exchange.getProperty(ExchangeKeys.PORTAL_SERVICE, String.class);
        return named != null ? named : path.substring(1);
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
