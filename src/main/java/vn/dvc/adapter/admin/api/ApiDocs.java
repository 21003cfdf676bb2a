package vn.dvc.adapter.admin.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI description (springdoc): {@code /v3/api-docs}, browsable at {@code /swagger-ui.html} after login. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "DVCQG adapter API",
        description = "Lượt đồng bộ, hồ sơ liên thông, gửi lại, danh mục TTHC, chỉ số và nhật ký quản trị."
                + " Runs, transfers, replay, catalogue, compliance and the audit log. Roles: VIEWER ⊂ OPERATOR ⊂ ADMIN;"
                + " errors are RFC 9457 problem details.", version = "1"),
        security = {@SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "bearerAuth")})
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token whose SHA-256 is configured as adapter.admin.tokens[n].token-hash")
class ApiDocs {
}
