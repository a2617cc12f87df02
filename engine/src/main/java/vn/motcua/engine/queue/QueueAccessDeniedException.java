package vn.motcua.engine.queue;

/** A civil servant asked for another unit's queue or task, or for a step their role does not work. */
public class QueueAccessDeniedException extends RuntimeException {

    public QueueAccessDeniedException(String message) {
        super(message);
    }
}
