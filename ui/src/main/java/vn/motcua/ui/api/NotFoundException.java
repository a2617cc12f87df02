package vn.motcua.ui.api;

/** The requested thing does not exist. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
