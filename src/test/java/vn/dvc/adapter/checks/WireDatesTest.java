package vn.dvc.adapter.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The hand-read wire dates against the strict formatter they replace: the same dates, the same refusals. */
class WireDatesTest {

    @Test
    void readsExactlyWhatTheStrictFormatterReads() {
        List<String> samples = new ArrayList<>(List.of("20240229120000", "20230229120000", "20251231235959",
                "20250431000000", "20250001000000", "20251301000000", "20250100000000", "20250115240000", "20250115236000",
                "20250115235960", "00000101000000", "2025011512000", "202501151200000", "2025-01-15 1200", "2025011512000a",
                "١٢٣٤٥٦٧٨٩٠١٢٣٤", "+2025011512000", "", "19000229000000", "20000229000000"));
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            samples.add(String.format("%04d%02d%02d%02d%02d%02d", r.nextInt(10_000), r.nextInt(15), r.nextInt(33),
                    r.nextInt(26), r.nextInt(62), r.nextInt(62)));
        }
        int real = 0;
        for (String s : samples) {
            LocalDateTime expected = strict(s);
            assertThat(WireDates.parse(s)).as(s).isEqualTo(expected);
            real += expected == null ? 0 : 1;
        }
        assertThat(real).as("the samples hold real dates too").isGreaterThan(10_000);
        assertThat(WireDates.parse(null)).isNull();
    }

    @Test
    void writesWireDatesExactlyAsTheFormatterDoes() {
        SplittableRandom r = new SplittableRandom(7);
        List<LocalDateTime> samples = new ArrayList<>(List.of(LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(-1, 12, 31, 23, 59, 59),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59), LocalDateTime.of(10000, 1, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 7, 5, 3)));
        for (int i = 0; i < 50_000; i++) {
            samples.add(LocalDateTime.of(r.nextInt(-50, 10_050), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                    r.nextInt(60), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0));
        }
        for (LocalDateTime t : samples) {
            assertThat(WireDates.format(t)).isEqualTo(WireDates.FORMAT.format(t));
        }
    }

    @Test
    void writesInstantsExactlyAsTheJdkDoes() {
        List<Instant> samples = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC), LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).minusSeconds(1),
                LocalDateTime.of(999, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC), LocalDateTime.of(9999, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(10000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC), LocalDateTime.of(2026, 12, 6, 16, 9).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(2024, 2, 29, 0, 0).toInstant(ZoneOffset.UTC)));
        SplittableRandom r = new SplittableRandom(5);
        long year0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long year10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < 50_000; i++) {
            long seconds = r.nextLong(year0 - 1_000_000, year10000 + 1_000_000);
            int nanos = r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : r.nextInt(4) == 0 ? r.nextInt(1000) * 1_000_000 : 0;
            samples.add(Instant.ofEpochSecond(seconds, nanos));
            samples.add(Instant.ofEpochSecond(seconds - seconds % 60));   // whole minutes: the JDK's seconds omitted or not
        }
        for (Instant t : samples) {
            assertThat(WireDates.isoText(t)).isEqualTo(t.toString());
        }
    }

    private static LocalDateTime strict(String text) {
        try {
            return LocalDateTime.parse(text, WireDates.FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
