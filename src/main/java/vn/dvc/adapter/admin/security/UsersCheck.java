package vn.dvc.adapter.admin.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.system.ConfigurationError;

/**
 * The web server refuses to start with nobody allowed in, outside the {@code demo} profile: a
 * console nobody can open is a misconfiguration, and a default user would be a hole. Only where
 * a web server runs ({@code serve}); the other commands have none and need no users.
 */
@Component
@ConditionalOnWebApplication
class UsersCheck implements InitializingBean {

    private final ApplicationContext context;
    private final AdminProperties admin;
    private final Environment env;

    UsersCheck(ApplicationContext context, AdminProperties admin, Environment env) {
        this.context = context;
        this.admin = admin;
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        if (!(context instanceof WebServerApplicationContext)) {
            return;
        }
        admin.validateEntries();
        if (admin.users().isEmpty() && !env.acceptsProfiles(Profiles.of("demo"))) {
            throw new ConfigurationError("adapter.admin.users chưa được đặt: bảng điều khiển và API cần ít nhất một người dùng"
                    + " / is not set: the console and the API need at least one user (ADAPTER_ADMIN_USERS_0_USERNAME,"
                    + " ADAPTER_ADMIN_USERS_0_PASSWORD={bcrypt}..., ADAPTER_ADMIN_USERS_0_ROLE=ADMIN)");
        }
    }
}
