package vn.dvc.adapter.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.system.PortalSettings;

/** The portal's health asks for a token as a run would: a refused secret is DOWN, not UP. */
class PortalHealthTest {

    static final Simulators SIMS = Simulators.start(DemoData.hoaBinh(5), 0, 0);

    @AfterAll
    static void stop() {
        SIMS.close();
    }

    private Health health(String secret) {
        var demo = PortalSimulator.Credentials.demo();
        var portal = new PortalSettings(SIMS.portal().url(), demo.clientId(), secret, demo.username(),
                demo.password(), demo.madonvi(), 0);
        return new PortalHealthIndicator(portal, new AdminProperties.Health(Duration.ofSeconds(2), Duration.ZERO, null)).health();
    }

    @Test
    void upWithTheRightCredentialsDownWhenThePortalRefusesThem() {
        assertThat(health(PortalSimulator.Credentials.demo().clientSecret()).getStatus()).isEqualTo(Status.UP);

        Health refused = health("rotated-last-week");

        assertThat(refused.getStatus()).isEqualTo(Status.DOWN);
        assertThat(refused.getDetails()).containsEntry("error", "credentials refused").doesNotContainKey("url");
    }
}
