package vn.motcua.engine.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.workflows.adminunits.AdminUnits;
import vn.motcua.workflows.catalogue.CatalogueJson;

/** The administrative units shipped with MotCua ({@code adminunits/admin-units.json}). */
public final class ShippedAdminUnits {

    public static final String RESOURCE = "adminunits/admin-units.json";

    private ShippedAdminUnits() {
    }

    /** The shipped units, parsed once per JVM (pages and services ask for them often). */
    public static AdminUnits read() {
        return SHIPPED.get();
    }

    private static final java.util.function.Supplier<AdminUnits> SHIPPED = memoize(ShippedAdminUnits::parse);

    private static AdminUnits parse() {
        try (InputStream in = ShippedAdminUnits.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the classpath: " + RESOURCE);
            }
            return CatalogueJson.mapper().readValue(in, AdminUnits.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the administrative units", e);
        }
    }

    /** The province a ward (2025 code) belongs to. */
    public static java.util.Optional<String> provinceOfWard(String wardCode) {
        return java.util.Optional.ofNullable(WARD_PROVINCE.get().get(wardCode));
    }

    /** "Phường Hải Vân, Thành phố Đà Nẵng": a ward (2025 code) as addresses name it. */
    public static java.util.Optional<String> wardWithProvince(String wardCode) {
        return java.util.Optional.ofNullable(WARD_LABEL.get().get(wardCode));
    }

    private static final java.util.function.Supplier<Map<String, String>> WARD_LABEL = memoize(() -> read()
            .provinces().stream().flatMap(p -> p.wards().stream().map(w -> Map.entry(w.code(), w.fullName() + ", " + p.fullName())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));

    private static final java.util.function.Supplier<Map<String, String>> WARD_PROVINCE = memoize(() -> read()
            .provinces().stream().flatMap(p -> p.wards().stream().map(w -> Map.entry(w.code(), p.code())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));

    private static <T> java.util.function.Supplier<T> memoize(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = supplier.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    /** Code → name of the 63 former provinces, which still open every personal ID number. */
    public static Map<String, String> formerProvinces(AdminUnits units) {
        return units.formerProvinces().stream()
                .collect(Collectors.toUnmodifiableMap(AdminUnits.FormerProvince::code, AdminUnits.FormerProvince::name));
    }
}
