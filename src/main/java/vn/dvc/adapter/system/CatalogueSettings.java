package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.between;
import static vn.dvc.adapter.system.SettingProblems.require;
import static vn.dvc.adapter.system.SettingProblems.schedule;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.catalogue.*}: the procedure catalogue: a sync run refreshes one older than {@code maxAge}
 * first ({@code catalogue/CatalogueRefresh}); {@code serve} refreshes it on {@code cron}; DVCQG's lists of
 * {@code concurrency} agencies are asked for at once.
 */
public record CatalogueSettings(@DefaultValue("PT24H") Duration maxAge, @DefaultValue("0 30 5 * * ?") String cron,
                                @DefaultValue("4") int concurrency) {

    public void problems(List<String> out) {
        require(out, maxAge != null && !maxAge.isNegative(), "adapter.catalogue.max-age",
                "must be a duration of zero or more (PT24H), is " + maxAge);
        schedule(out, cron, true, "adapter.catalogue.cron");
        between(out, concurrency, 1, 16, "adapter.catalogue.concurrency");
    }
}
