package vn.motcua.engine.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The National Residents Database (Cơ sở dữ liệu quốc gia về dân cư) as MotCua uses it. Every read
 * names its reader and the fields it needs, and is written to the access log the citizen sees.
 * The sandbox implementation keeps a generated registry in MariaDB; a gateway to the real
 * database implements the same interface.
 */
public interface ResidentsDatabase {

    Optional<Resident> findByIdNumber(String idNumber, Set<RegistryField> fields, RegistryReader reader);

    /** The members of the household of the resident with this ID number (head first). */
    List<Resident> household(String idNumber, Set<RegistryField> fields, RegistryReader reader);

    /** Who read this citizen's data: the citizen's own view, newest first. */
    List<RegistryAccess> accessLog(String idNumber, int limit);
}
