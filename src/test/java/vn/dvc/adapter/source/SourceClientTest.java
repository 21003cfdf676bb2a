package vn.dvc.adapter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The export API's request and answer (domain.md §3): the page asked for by instant or cursor,
 * named for its records, and an answer without an {@code items} list refused as a whole.
 */
class SourceClientTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final SourceClient client = new SourceClient(new ObjectMapper());

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    private Exchange exchange(Object body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        return exchange;
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFirstPageIsAskedForFromItsInstantEncoded() {
        Exchange exchange = exchange(new PageRequest(Instant.parse("2025-03-04T01:21:00Z"), null, 500));

        client.prepare(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_METHOD)).isEqualTo("GET");
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_QUERY)).isEqualTo("updatedSince=2025-03-04T01%3A21%3A00Z&limit=500");
        assertThat(exchange.getMessage().getBody()).as("a GET has no body (camel-http posts a body)").isNull();
        assertThat(exchange.getProperty("pageRef")).isEqualTo("2025-03-04T01:21:00Z");
    }

    @Test
    void aNextPageCarriesItsCursorAndIsNamedByIt() {
        Exchange exchange = exchange(new PageRequest(Instant.parse("2025-03-04T01:21:00Z"), "c/2+x", 100));

        client.prepare(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class)).endsWith("&limit=100&cursor=c%2F2%2Bx");
        assertThat(exchange.getProperty("pageRef")).isEqualTo("c/2+x");
    }

    @Test
    void theAnswerIsReadIntoItsRecordsAndNextCursor() throws IOException {
        Exchange exchange = exchange(json("{\"items\":[{\"MaHoSo\":\"H25.1\"},{\"MaHoSo\":\"H25.2\"}],\"nextCursor\":\"c2\"}"));
        exchange.setProperty("pageRef", "2025-03-04T01:21:00Z");

        SourcePage page = client.read(exchange);

        assertThat(page.items()).extracting(item -> item.path("MaHoSo").asText()).containsExactly("H25.1", "H25.2");
        assertThat(page.nextCursor()).isEqualTo("c2");
        assertThat(page.ref()).isEqualTo("2025-03-04T01:21:00Z");
        assertThat(page.last()).isFalse();
    }

    @Test
    void noCursorOrAnEmptyOneOrNoItemsEndsTheRead() throws IOException {
        assertThat(client.read(exchange(json("{\"items\":[{\"MaHoSo\":\"H25.1\"}],\"nextCursor\":null}"))).last()).isTrue();
        assertThat(client.read(exchange(json("{\"items\":[{\"MaHoSo\":\"H25.1\"}],\"nextCursor\":\"\"}"))).last()).isTrue();
        assertThat(client.read(exchange(json("{\"items\":[{\"MaHoSo\":\"H25.1\"}]}"))).last()).isTrue();
        assertThat(client.read(exchange(json("{\"items\":[],\"nextCursor\":\"c9\"}"))).last()).isTrue();
    }

    @Test
    void anAnswerWithoutAnItemsListIsAnErrorOfThePage() {
        assertThatThrownBy(() -> client.read(exchange(json("{\"data\":[]}"))))
                .isInstanceOf(IOException.class).hasMessageContaining("\"items\"");
        assertThatThrownBy(() -> client.read(exchange(json("{\"items\":{}}"))))
                .isInstanceOf(IOException.class).hasMessageContaining("\"items\"");
    }
}
