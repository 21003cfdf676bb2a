package vn.dvc.adapter.system;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.springframework.stereotype.Component;

/**
 * Turns off Apache HttpClient's own retries (it silently repeats 429 and 503 answers): the portal
 * client decides about retries, waits Retry-After and records every attempt.
 */
@Component("httpClientSettings")
class HttpClientSettings implements HttpClientConfigurer {

    @Override
    public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
        builder.disableAutomaticRetries();
    }
}
