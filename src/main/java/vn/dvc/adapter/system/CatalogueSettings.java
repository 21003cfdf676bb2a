package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.schedule;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.catalogue.*}: the procedure catalogue: a sync run refreshes one older than {@code maxAge}
 * first ({@code catalogue/CatalogueRefresh}); {@code serve} refreshes it on {@code cron}.
 */
public record CatalogueSettings(@DefaultValue("PT24H") Duration maxAge, @DefaultValue("0 30 5 * * ?") String cron) {

    public void problems(List<String> out) {
        require(out, maxAge != null && !maxAge.isNegative(), "adapter.catalogue.max-age",
                "must be a duration of zero or more (PT24H), is " + maxAge);
        schedule(out, cron, true, "adapter.catalogue.cron");
    }
}
