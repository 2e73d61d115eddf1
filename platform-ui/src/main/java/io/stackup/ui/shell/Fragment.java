package io.stackup.ui.shell;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A piece of HTML built with jsoup, which escapes every text and attribute value it is given: for screens that draw
 * many small parts as one piece of markup instead of as server-side components (a component costs the server memory
 * for as long as the screen is open). Never escape by hand; set texts with {@link Element#text} and values with
 * {@link Element#attr}.
 */
public final class Fragment {

    private final Document document = Document.createShell("");

    public Fragment() {
        document.outputSettings().prettyPrint(false);
    }

    /** Adds a top-level element, to be filled in by the caller. */
    public Element add(String tag) {
        return document.body().appendElement(tag);
    }

    /** The markup of every top-level element added so far, in order. */
    public String html() {
        return document.body().html();
    }
}
