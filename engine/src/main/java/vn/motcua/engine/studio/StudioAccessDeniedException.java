package vn.motcua.engine.studio;

/** Someone without the studio role the action needs (or the author approving their own draft). */
public class StudioAccessDeniedException extends RuntimeException {

    public StudioAccessDeniedException(String message) {
        super(message);
    }
}
