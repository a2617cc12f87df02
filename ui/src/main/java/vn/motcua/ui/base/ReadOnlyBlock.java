package vn.motcua.ui.base;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;

/**
 * Content the citizen reads but never edits, sent as one element instead of a component per line.
 * Every Vaadin component keeps a node with its property, attribute and listener maps in the
 * session for as long as its page is open (about 1.5 kB each); a read-only block of a dozen lines
 * costs one. The HTML is built with jsoup, whose {@code text()} escapes what it is given, so values
 * from the registry or a form are shown as text, never interpreted as markup.
 */
public final class ReadOnlyBlock {

    private ReadOnlyBlock() {
    }

    /** A root element to fill with {@code appendElement(..).text(..)}. */
    public static Element root(String tag, String id) {
        Element root = new Element(tag);
        if (id != null) {
            root.id(id);
        }
        return root;
    }

    public static Html of(Element root) {
        return new Html(root.outerHtml());
    }

    /** The same block with new content (the root element's tag must stay the same). */
    public static void replace(Html block, Element root) {
        block.setHtmlContent(root.outerHtml());
    }
}
