package vn.dvc.adapter.admin.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.dvc.adapter.admin.ops.LedgerHealthIndicator;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie keeps the choice. A page
 * or an API call asked for while the ledger's database is away answers at once ({@link LedgerAway}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleConfig implements WebMvcConfigurer {

    private final LedgerHealthIndicator ledger;

    ConsoleConfig(LedgerHealthIndicator ledger) {
        this.ledger = ledger;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LangCookieResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new LedgerAway(ledger));
    }
}
