package vn.dvc.adapter.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * The one-stop system's export API (domain.md §3). The HTTP call itself is the {@code source-http}
 * step of the {@code source-api-page} route, which the shared error policy retries whole (asked and
 * read again); this bean only builds the request and reads the answer.
 */
@Component("sourceClient")
public class SourceClient {

    private final ObjectMapper json;

    public SourceClient(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Sets the headers of a {@code GET /api/v1/dossiers} for this page: the body's request, or on a retry (whose body
     * is what the failed try left) the one kept from the first try until the page is read. Only these headers: the
     * exchange is the run's, and what an earlier answer left in it (its cookies, its encoding) is not asked with.
     */
    public void prepare(Exchange exchange) {
        PageRequest request = exchange.getMessage().getBody() instanceof PageRequest asked ? asked
                : exchange.getProperty(ExchangeKeys.PAGE_REQUEST, PageRequest.class);
        if (request == null) {
            Object body = exchange.getMessage().getBody();
            String kind = body == null ? "null" : body.getClass().getSimpleName();
            throw new IllegalArgumentException(Say.of("source-api-page: không có trang nào được hỏi (thân PageRequest), mà là " + kind,
                    "source-api-page: no page asked for (a PageRequest body), but " + kind));
        }
        exchange.setProperty(ExchangeKeys.PAGE_REQUEST, request);
        exchange.getMessage().removeHeaders("*", "Camel*");
        StringBuilder query = new StringBuilder("updatedSince=").append(encode(request.updatedSince().toString()))
                .append("&limit=").append(request.limit());
        if (request.cursor() != null) {
            query.append("&cursor=").append(encode(request.cursor()));
        }
        exchange.setProperty(ExchangeKeys.PAGE_REF, request.cursor() != null ? request.cursor() : request.updatedSince().toString());
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, query.toString());
        exchange.getMessage().setBody(null);
    }

    /**
     * Reads the page; a body that is not the documented shape is an error of the whole page. A page whose
     * bytes are not all UTF-8 is split into its records first ({@link PageBytes}): a record that decodes
     * is read as any other, one that does not travels on as {@link Unreadable} and is quarantined, and
     * the run goes on.
     */
    public SourcePage read(Exchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream body = exchange.getMessage().getBody(InputStream.class)) {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        }
        exchange.getMessage().setBody(bytes);   // the answer's stream is read: what a failure below leaves is its bytes
        List<JsonNode> list;
        JsonNode root;
        if (PageBytes.utf8(bytes)) {
            root = json.readTree(bytes);
            JsonNode items = root == null ? null : root.get("items");
            if (items == null || !items.isArray()) {
                throw new IOException("the one-stop system answered without an \"items\" list");
            }
            list = new ArrayList<>(items.size());
            items.forEach(list::add);
        } else {
            PageBytes page = PageBytes.split(bytes);
            root = json.readTree(page.skeleton());
            list = new ArrayList<>(page.items().size());
            for (byte[] item : page.items()) {
                list.add(PageBytes.utf8(item) ? json.readTree(item) : UnreadableBytes.of(item, json).node());
            }
        }
        exchange.removeProperty(ExchangeKeys.PAGE_REQUEST);   // read: a later page is asked for by its own request
        JsonNode next = root.get("nextCursor");
        String cursor = next == null || next.isNull() || next.asText().isEmpty() ? null : next.asText();
        return new SourcePage(list, cursor, exchange.getProperty(ExchangeKeys.PAGE_REF, String.class));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
