package vn.motcua.engine.registry;

import java.time.Instant;
import java.util.List;

/** One logged read of a citizen's registry data. */
public record RegistryAccess(Instant at, String accessor, String accessorName, String purpose, String dossierCode,
                             List<RegistryField> fields) {
}
