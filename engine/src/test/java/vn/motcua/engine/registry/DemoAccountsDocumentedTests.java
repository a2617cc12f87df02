package vn.motcua.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.forms.identity.PersonalIdNumber;

/** The README's demo-account tables list exactly the demo people, with valid ID numbers. */
class DemoAccountsDocumentedTests {

    private static final Pattern ROW = Pattern.compile("^\\| (0\\d{11}) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryDemoAccountByItsIdNumberAndName() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip());
        }
        // the generated one-stop teams of the demo wards are described, not listed one by one
        java.util.Set<String> generated = DemoRegistry.STAFF.stream().filter(s -> !DemoRegistry.NAMED_STAFF.contains(s))
                .map(DemoRegistry.DemoStaff::idNumber).collect(Collectors.toSet());
        assertThat(generated).isNotEmpty();
        Map<String, String> demo = DemoRegistry.ACCOUNTS.stream().map(DemoRegistry.DemoAccount::resident)
                .filter(r -> !generated.contains(r.idNumber()))
                .collect(Collectors.toMap(Resident::idNumber, Resident::fullName, (a, b) -> a, TreeMap::new));
        assertThat(documented).isEqualTo(demo);

        PersonalIdNumber ids = new PersonalIdNumber(ShippedAdminUnits.formerProvinces(ShippedAdminUnits.read()));
        for (DemoRegistry.DemoAccount a : DemoRegistry.ACCOUNTS) {
            assertThat(ids.check(a.resident().idNumber(), a.resident().birthDate(), a.resident().gender()).valid())
                    .as(a.resident().fullName()).isTrue();
        }
        assertThat(DemoRegistry.ACCOUNTS).filteredOn(a -> a.level() == 1).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DemoRegistry.ACCOUNTS.size() - DemoRegistry.STAFF.size()).isGreaterThanOrEqualTo(20);
    }
}
