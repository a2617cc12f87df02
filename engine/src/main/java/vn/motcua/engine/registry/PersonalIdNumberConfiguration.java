package vn.motcua.engine.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.forms.identity.PersonalIdNumber;

/** The personal ID number validator every entry point uses, on the 63 former provinces' codes. */
@Configuration(proxyBeanMethods = false)
class PersonalIdNumberConfiguration {

    @Bean
    PersonalIdNumber personalIdNumber() {
        return new PersonalIdNumber(ShippedAdminUnits.formerProvinces(ShippedAdminUnits.read()));
    }
}
