package vn.motcua.engine.dossier;

/** Only the one-stop office's reception staff receive dossiers in person. */
public class CounterAccessDeniedException extends RuntimeException {

    CounterAccessDeniedException(String message) {
        super(message);
    }
}
