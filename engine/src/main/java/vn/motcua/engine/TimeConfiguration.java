package vn.motcua.engine;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Legal deadlines and audit times are in Vietnam's time zone, whatever the server's zone is. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
