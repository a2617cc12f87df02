package vn.motcua.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Filters in front of Spring Security: rate limits (a flood is turned away before any password is
 * checked) and the shape of the request (a Content-Type that means nothing).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ObjectMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(properties, json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestShapeFilter> requestShapeFilter(ObjectMapper json) {
        FilterRegistrationBean<RequestShapeFilter> registration = new FilterRegistrationBean<>(new RequestShapeFilter(json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 25);
        return registration;
    }

    /**
     * Spring Security's firewall refuses requests with encoded slashes, NUL bytes and the like; the
     * refusal is a 400 with problem details, like every other refusal.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> ProblemResponses.write(response, json,
                org.springframework.http.HttpStatus.BAD_REQUEST, "Bad request",
                "Địa chỉ yêu cầu không hợp lệ / the request URL is not acceptable",
                java.util.Map.of("url", "Địa chỉ không hợp lệ / invalid URL"));
    }
}
