package vn.motcua.engine.registry;

/**
 * Who reads the registry and why: a staff member (by their ID number) or the system acting for a
 * dossier or for the citizen themself. Every read carries one; there is no anonymous read.
 */
public record RegistryReader(String accessor, String accessorName, String purpose, String dossierCode) {

    public RegistryReader {
        if (accessor == null || accessor.isBlank() || purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A registry read needs who reads and for what purpose");
        }
    }

    public static RegistryReader system(String purpose, String dossierCode) {
        return new RegistryReader("system", "Hệ thống MotCua", purpose, dossierCode);
    }
}
