package vn.motcua.engine.dossier;

/** An answer to a consent request the person was not asked (or no longer is). */
public class OwnerConsentRefusedException extends RuntimeException {

    OwnerConsentRefusedException(String message) {
        super(message);
    }
}
