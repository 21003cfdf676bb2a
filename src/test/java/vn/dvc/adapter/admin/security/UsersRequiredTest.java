package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.dvc.adapter.AdapterApplication;
import vn.dvc.adapter.system.ConfigurationError;

/** The web server refuses to start with nobody allowed in, naming the setting. */
class UsersRequiredTest {

    @Test
    void servingWithoutUsersFailsNamingTheSetting() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(AdapterApplication.class)
                .web(WebApplicationType.SERVLET);
        // as arguments, not the builder's default properties: config/application.yaml outranks those, and its
        // ledger (./data/adapter) was created in the checkout
        String[] args = {"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:admin-no-users;DB_CLOSE_DELAY=-1",
                "--adapter.check-config=false", "--camel.main.routes-include-pattern=none",
                "--camel.main.routes-collector-enabled=false", "--logging.level.root=OFF"};

        assertThatThrownBy(() -> app.run(args).close())
                .hasRootCauseInstanceOf(ConfigurationError.class)
                .rootCause().hasMessageStartingWith("adapter.admin.users chưa được đặt").hasMessageContaining(" / is not set")
                .hasMessageContaining("ADAPTER_ADMIN_USERS_0_PASSWORD");
    }
}
