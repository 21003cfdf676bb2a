package vn.dvc.adapter.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedH2;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * The catalogue in the ledger: a replaced catalogue is what the checks see after a reload; nothing
 * is held before a first refresh; a run refreshes one older than {@code adapter.catalogue.max-age}.
 */
class CatalogueTest {

    private JdbcTemplate jdbc;
    private Catalogue catalogue;

    @BeforeEach
    void ledger() {
        jdbc = MigratedH2.jdbc("catalogue");
        catalogue = new Catalogue(jdbc, null);   // releasing HELD dossiers (recordRefresh) is not tested here
    }

    private void refreshedAgo(Duration ago) {
        jdbc.update("insert into catalogue_refresh (refreshed_at, agencies, local_count, national_count, released) values (?,1,1,1,0)",
                Instant.now().minus(ago).atOffset(ZoneOffset.UTC));
    }

    private CatalogueRefresh refresh(Map<String, String> settings) {
        AdapterProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("adapter", AdapterProperties.class);
        return new CatalogueRefresh(catalogue, null, new ObjectMapper(), null, null, properties);
    }

    @Test
    void beforeAnyRefreshNothingIsHeldForAnUnknownProcedure() {
        IntegrationCheck check = new IntegrationCheck(catalogue);

        assertThat(catalogue.view().loaded()).isFalse();
        assertThat(check.check("000.00.01.H25", "1.000001").holds()).isFalse();
        assertThat(catalogue.lastRefresh()).isNull();
    }

    @Test
    void aReplacedCatalogueIsSeenAfterAReloadAndAProcedureDvcqgDoesNotListIsHeld() {
        catalogue.replace(List.of(new Catalogue.Local("000.00.01.H25", "1.000001", "Cấp giấy phép", 4, true),
                        new Catalogue.Local("000.00.01.H25", "1.000002", "Đăng ký", 2, false)),
                List.of(new Catalogue.National("000.00.01.H25", "1.000001", "Cấp giấy phép", 4, true)));
        refreshedAgo(Duration.ZERO);
        catalogue.reload();

        Catalogue.View view = catalogue.view();
        assertThat(view.loaded()).isTrue();
        assertThat(view.local("000.00.01.H25", "1.000002").tenTTHC()).isEqualTo("Đăng ký");
        assertThat(view.national("000.00.01.H25", "1.000002")).isNull();
        IntegrationCheck check = new IntegrationCheck(catalogue);
        assertThat(check.check("000.00.01.H25", "1.000001").holds()).isFalse();
        assertThat(check.check("000.00.01.H25", "1.000002").holds()).as("not on DVCQG's list").isTrue();
        assertThat(check.check("000.00.01.H25", "1.000001").mucDo()).isEqualTo(4);
    }

    @Test
    void aRunRefreshesANeverRefreshedOrTooOldCatalogueFirst() {
        CatalogueRefresh byDefault = refresh(Map.of());
        assertThat(byDefault.stale()).as("never refreshed").isTrue();

        refreshedAgo(Duration.ofHours(23));
        assertThat(byDefault.stale()).as("23 h old, max-age 24 h").isFalse();
        assertThat(refresh(Map.of("adapter.catalogue.max-age", "PT12H")).stale()).as("23 h old, max-age 12 h").isTrue();
    }

    @Test
    void theLatestRefreshCounts() {
        refreshedAgo(Duration.ofDays(3));
        assertThat(refresh(Map.of()).stale()).isTrue();

        refreshedAgo(Duration.ofMinutes(5));
        assertThat(refresh(Map.of()).stale()).isFalse();
        assertThat(catalogue.lastRefresh()).isAfter(Instant.now().minus(Duration.ofMinutes(6)));
    }
}
