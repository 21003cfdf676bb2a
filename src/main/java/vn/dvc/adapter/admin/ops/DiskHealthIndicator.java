package vn.dvc.adapter.admin.ops;

import java.io.File;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code diskSpace}: the working directory (where the H2 ledger and reports go) has at least
 * 10 MB free, as Spring Boot's own indicator says, but without its {@code path} detail: health
 * details are for any signed-in viewer, and the server's directory layout is not their business.
 * The name replaces Boot's indicator.
 */
@Component("diskSpaceHealthIndicator")
class DiskHealthIndicator implements HealthIndicator {

    private static final long THRESHOLD = 10L * 1024 * 1024;

    @Override
    public Health health() {
        long free = new File(".").getUsableSpace();
        return (free >= THRESHOLD ? Health.up() : Health.down()).withDetail("free", free)
                .withDetail("threshold", THRESHOLD).build();
    }
}
