package vn.dvc.adapter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.source.SourcePage;

/**
 * {@link WireMockSystems} with the ledger in an H2 file of a temporary folder, for the tests of one
 * step class each: the step's bean called as its route calls it, its writes going to a real file, the
 * portal a WireMock. One Spring context for all of them; the catalogue is refreshed before each test so
 * the procedure of {@link Dossiers#valid} is known and integrated.
 */
public abstract class FileLedgerSystems extends WireMockSystems {

    private static final Path LEDGER = Scratch.folder("step-ledger");
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void fileLedger(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + LEDGER.resolve("adapter") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Autowired
    protected ProducerTemplate camel;
    @Autowired
    protected PortalClient portal;

    @BeforeEach
    void knownCatalogue() {
        portal.forgetCredentials();
        camel.requestBody("direct:catalogue-refresh", (Object) null);
    }

    /** A page of the source: these records (JSON text), the last page when {@code nextCursor} is null. */
    protected static SourcePage page(String ref, String nextCursor, String... records) {
        List<JsonNode> items = new ArrayList<>();
        try {
            for (String r : records) {
                items.add(JSON.readTree(r));
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
        return new SourcePage(items, nextCursor, ref);
    }
}
