package vn.motcua.engine.studio;

/** Where a procedure's live model comes from. */
public enum ModelOrigin {
    /** Generated from the catalogue by the one-stop generator. */
    GENERATED,
    /** A hand-maintained flagship model shipped with MotCua. */
    FLAGSHIP,
    /** Edited in the studio and published through its four-eyes review. */
    STUDIO
}
