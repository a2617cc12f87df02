package vn.motcua.ui.base;

/** Where the portal's layout changes for a phone; the theme's media queries (styles.css) use the same width. */
public final class Breakpoints {

    /** A window or a list this wide or narrower is laid out for a phone held upright. */
    public static final int PHONE_PX = 600;

    private Breakpoints() {
    }
}
