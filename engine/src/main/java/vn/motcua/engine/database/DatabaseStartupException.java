package vn.motcua.engine.database;

/**
 * Startup cannot go on because of the database. The message is written for the operator and is
 * printed as it is, without a stack trace (see {@link DatabaseStartupFailureAnalyzer}).
 */
public class DatabaseStartupException extends RuntimeException {

    private final String action;

    public DatabaseStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
