package vn.motcua.ui.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The vendored browser libraries live under a folder named by their exact version
 * ({@code /vendor/<name>/<version>/…}, {@code scripts/fetch-vendor.sh}): a URL never changes its
 * content, so browsers may keep them for a year without asking again. Vaadin's static file server
 * would say one hour; its Cache-Control is replaced for these paths only.
 */
@Configuration(proxyBeanMethods = false)
class VendorAssetCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> vendorAssetCacheFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Cache-Control", IMMUTABLE);
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        if (!"Cache-Control".equalsIgnoreCase(name)) {
                            super.setHeader(name, value);
                        }
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        if (!"Cache-Control".equalsIgnoreCase(name)) {
                            super.addHeader(name, value);
                        }
                    }

                    @Override
                    public void setDateHeader(String name, long date) {
                        if (!"Expires".equalsIgnoreCase(name)) {
                            super.setDateHeader(name, date);
                        }
                    }
                });
            }
        });
        registration.addUrlPatterns("/vendor/*");
        registration.setName("vendorAssetCaching");
        return registration;
    }
}
