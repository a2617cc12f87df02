package vn.motcua.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receiving units named as citizens read them, from the 2025 administrative units. */
class UnitNamesTests {

    private final UnitNames names = new UnitNames();

    @Test
    void localUnitsAndProvincesByName() {
        assertThat(names.nameOf("ubnd-xa-20194")).hasValue("Ủy ban nhân dân Phường Hải Vân");
        assertThat(names.nameOf("ca-xa-00004")).hasValue("Công an Phường Ba Đình");
        assertThat(names.nameOf("ca-tinh-48")).get().asString().startsWith("Công an ").contains("Đà Nẵng");
        assertThat(names.nameOf("01")).hasValue("Hà Nội");
    }

    @Test
    void unknownCodesHaveNoName() {
        assertThat(names.nameOf("ubnd-xa-99999")).isEmpty();
        assertThat(names.nameOf("so-tu-phap-01")).isEmpty();
        assertThat(names.isLocalUnit("ca-xa-00004")).isTrue();
        assertThat(names.isProvince("99")).isFalse();
    }
}
