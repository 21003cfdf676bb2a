package vn.dvc.adapter.system;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Refuses to start with a missing or wrong setting, before any route tries to use it. */
@Component
@ConditionalOnProperty(name = "adapter.check-config", havingValue = "true", matchIfMissing = true)
class ConfigurationCheck implements InitializingBean {

    private final AdapterProperties properties;

    ConfigurationCheck(AdapterProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        properties.validate();
    }
}
