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

import vn.dvc.adapter.system.ExchangeKeys;

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
        assertThat(exchange.getProperty(ExchangeKeys.PAGE_REF)).isEqualTo("2025-03-04T01:21:00Z");
    }

    /** A retry asks for the page of the first try; once a page is read, nothing stale is asked for again. */
    @Test
    void aRetryAsksForTheFirstTrysPageAndAReadPageLeavesNoneToAskFor() throws Exception {
        Exchange exchange = exchange(new PageRequest(Instant.parse("2025-03-04T01:21:00Z"), "c2", 500));
        client.prepare(exchange);
        exchange.getMessage().setBody("{\"items\":[".getBytes(StandardCharsets.UTF_8));   // what a failed read leaves
        exchange.getMessage().setHeader("Set-Cookie", "phien=abc");

        client.prepare(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_QUERY)).isEqualTo("updatedSince=2025-03-04T01%3A21%3A00Z&limit=500&cursor=c2");
        assertThat(exchange.getMessage().getHeader("Set-Cookie")).as("an answer's header is not asked with").isNull();
        exchange.getMessage().setBody(json("{\"items\":[],\"nextCursor\":null}"));
        client.read(exchange);
        exchange.getMessage().setBody("not a request");
        assertThatThrownBy(() -> client.prepare(exchange)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PageRequest").hasMessageContaining("String");
    }

    @Test
    void aNextPageCarriesItsCursorAndIsNamedByIt() {
        Exchange exchange = exchange(new PageRequest(Instant.parse("2025-03-04T01:21:00Z"), "c/2+x", 100));

        client.prepare(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class)).endsWith("&limit=100&cursor=c%2F2%2Bx");
        assertThat(exchange.getProperty(ExchangeKeys.PAGE_REF)).isEqualTo("c/2+x");
    }

    @Test
    void theAnswerIsReadIntoItsRecordsAndNextCursor() throws IOException {
        Exchange exchange = exchange(json("{\"items\":[{\"MaHoSo\":\"H25.1\"},{\"MaHoSo\":\"H25.2\"}],\"nextCursor\":\"c2\"}"));
        exchange.setProperty(ExchangeKeys.PAGE_REF, "2025-03-04T01:21:00Z");

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

    /** The probe's bytes: a broken two-byte sequence, an encoded surrogate, and a byte UTF-8 never uses. */
    private static final byte[] BAD = {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};

    /** The page as UTF-8, with {@link #BAD} where it says {@code @BAD@}. */
    private static ByteArrayInputStream withBadBytes(String page) {
        String[] halves = page.split("@BAD@");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        out.writeBytes(BAD);
        out.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void aRecordWithBytesThatAreNotUtf8TravelsAsUnreadableAndTheOthersAreRead() throws IOException {
        Exchange exchange = exchange(withBadBytes("{\"items\":[{\"MaHoSo\":\"H25.1\",\"GhiChu\":\"a \\\" ] } , [ {\"},"
                + "{\"MaHoSo\":\"H25.2\",\"MaDonVi\":\"000.00.12.H25\",\"CapNhatLuc\":\"2025-03-04T08:00:00+07:00\","
                + "\"TienDo\":[{\"NoiDungXuLy\":\"Tiếp nhận @BAD@ hồ sơ\"}]},"
                + " {\"MaHoSo\":\"H25.3\",\"Số\":[1,{\"x\":null}]}],\"nextCursor\":\"c2\"}"));

        SourcePage page = client.read(exchange);

        assertThat(page.items()).hasSize(3);
        assertThat(page.items().get(0).path("GhiChu").asText()).isEqualTo("a \" ] } , [ {");
        assertThat(page.items().get(2).path("MaHoSo").asText()).isEqualTo("H25.3");
        Unreadable u = Unreadable.of(page.items().get(1));
        assertThat(u).isNotNull();
        assertThat(u.maHoSo()).isEqualTo("H25.2");
        assertThat(u.maDonVi()).isEqualTo("000.00.12.H25");
        assertThat(u.updatedAt()).isEqualTo(Instant.parse("2025-03-04T01:00:00Z"));
        assertThat(u.field()).isEqualTo("TienDo[0].NoiDungXuLy");
        assertThat(u.reason()).contains("UTF-8").contains("TienDo[0].NoiDungXuLy");
        assertThat(u.reasonEn()).contains("not UTF-8");
        assertThat(u.raw()).contains("Tiếp nhận \uFFFD(").contains("hồ sơ");
        assertThat(page.nextCursor()).isEqualTo("c2");
    }

    @Test
    void badBytesInTheCodeOrBreakingTheRecordLeaveItNamedByItsPlace() throws IOException {
        SourcePage page = client.read(exchange(withBadBytes("{\"items\":[{\"MaHoSo\":\"H25.@BAD@\"}],\"nextCursor\":null}")));

        Unreadable u = Unreadable.of(page.items().get(0));
        assertThat(u.maHoSo()).isNull();
        assertThat(u.field()).isEqualTo("MaHoSo");
        assertThat(page.last()).isTrue();
    }

    @Test
    void badBytesOutsideTheRecordsAreAnErrorOfThePage() {
        assertThatThrownBy(() -> client.read(exchange(withBadBytes("{\"items\":[{\"MaHoSo\":\"H25.1\"}],\"nextCursor\":\"c@BAD@\"}"))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> client.read(exchange(withBadBytes("{\"data\":\"@BAD@\"}")))).isInstanceOf(IOException.class)
                .hasMessageContaining("\"items\"");
    }

    @Test
    void utf8IsCheckedStrictly() {
        assertThat(PageBytes.utf8("Tiếp nhận hồ sơ 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PageBytes.utf8(new byte[] {(byte) 0xC3})).as("cut short").isFalse();
        assertThat(PageBytes.utf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).as("overlong '/'").isFalse();
        assertThat(PageBytes.utf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("a surrogate").isFalse();
        assertThat(PageBytes.utf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).as("beyond U+10FFFF").isFalse();
        assertThat(PageBytes.utf8(new byte[] {(byte) 0x80})).as("a stray continuation byte").isFalse();
        assertThat(PageBytes.utf8("{\"a\":\"ok\"} \u00c3".getBytes(StandardCharsets.ISO_8859_1))).as("cut short after ASCII").isFalse();
    }

    /** The check agrees with the JDK's strict decoder on random pages of ASCII, Vietnamese text and stray bytes. */
    @Test
    void utf8AgreesWithTheStrictDecoder() {
        java.util.Random random = new java.util.Random(23);
        byte[] vietnamese = "Hồ sơ đã tiếp nhận 😀".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                int kind = random.nextInt(10);
                b[i] = kind < 6 ? (byte) (0x20 + random.nextInt(0x5F)) : kind < 9 ? vietnamese[random.nextInt(vietnamese.length)]
                        : (byte) random.nextInt(256);
            }
            boolean strict;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            assertThat(PageBytes.utf8(b)).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(strict);
        }
    }
}
