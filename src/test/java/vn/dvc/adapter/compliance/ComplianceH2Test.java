package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The indicators on H2 migrated by Flyway, with agencies and targets bound from properties; and the API. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:compliance;DB_CLOSE_DELAY=-1",
        "adapter.check-config=false", "camel.main.routes-include-pattern=none", "camel.main.routes-collector-enabled=false"})
class ComplianceH2Test extends IndicatorTests {

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        Fixture.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplianceService springService;
    @Autowired
    ComplianceController controller;
    @Autowired
    ObjectMapper mapper;

    @Override
    protected JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    protected ComplianceService service() {
        return springService;
    }

    @Test
    void theApiAnswersTheReportAsJsonAndRefusesABadDate() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();

        MockHttpServletResponse ok = mvc.perform(get("/api/compliance").param("from", "2025-01-01").param("to", "2025-03-31"))
                .andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).startsWith("application/json");
        JsonNode body = mapper.readTree(ok.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("agencies").get(0).path("name").asText()).isEqualTo("Sở Tư pháp");
        assertThat(body.path("province").path("received").asLong()).isEqualTo(18);

        MockHttpServletResponse bad = mvc.perform(get("/api/compliance").param("from", "2025-13-01").param("to", "2025-03-31"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("from").contains("2025-13-01");
        MockHttpServletResponse reversed = mvc.perform(get("/api/compliance").param("from", "2025-04-01").param("to", "2025-03-31"))
                .andReturn().getResponse();
        assertThat(reversed.getStatus()).isEqualTo(400);
    }
}
