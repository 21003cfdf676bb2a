package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.admin.AdminProperties;

/** The login locks keep a digest of each name, never the name: a spray of huge names cannot grow the heap. */
class LoginThrottleTest {

    @Test
    void aStreakIsKeptUnderADigestOfTheNameWhateverItsLength() {
        List<String> keys = LoginThrottle.keys("n".repeat(1_500_000), "203.0.113.1");

        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).matches("u:[0-9a-f]{64}");
        assertThat(keys.get(1)).isEqualTo("a:203.0.113.1");
        assertThat(LoginThrottle.keys(" Viewer ", null)).as("trimmed, without case").isEqualTo(LoginThrottle.keys("viewer", null));
        assertThat(LoginThrottle.keys("viewer", null)).isNotEqualTo(LoginThrottle.keys("viewer2", null));
    }

    @Test
    void theNameIsLockedByItsDigest() {
        LoginThrottle throttle = new LoginThrottle(new AdminProperties.Login(2, 20, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15)), Clock.systemUTC());

        throttle.failed("Lan", "203.0.113.1");
        throttle.failed("lan", "203.0.113.2");

        assertThat(throttle.locked("LAN", "203.0.113.3")).isPositive();
        assertThat(throttle.locked("binh", "203.0.113.3")).isZero();
    }
}
