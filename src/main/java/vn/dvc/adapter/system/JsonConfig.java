package vn.dvc.adapter.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Jackson 2 mapper for both wires (the one-stop system and the portal). Camel's Jackson
 * support is Jackson 2; Spring Boot's own web layer keeps its Jackson 3.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /** Shared by the beans that read and write the wires. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    ObjectMapper wireJson() {
        return MAPPER;
    }
}
