package vn.motcua.ui.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs: public catalogue and verification, VNeID bearer tokens for dossiers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI motcuaApi() {
        return new OpenAPI()
                .info(new Info().title("MotCua API").version("v1")
                        .description("Thủ tục hành chính, hồ sơ và xác thực văn bản / procedures, dossiers, document verification"))
                .components(new Components().addSecuritySchemes("vneid", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token issued by VNeID (OpenID Connect) to this portal")));
    }
}
