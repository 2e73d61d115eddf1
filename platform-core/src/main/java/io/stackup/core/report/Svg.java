package io.stackup.core.report;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An SVG drawing built as a DOM (the JDK's {@code org.w3c.dom}) and written by the JDK's own serializer, which
 * escapes text and attribute values: a name from a template is always text, never markup. Characters XML cannot carry
 * (control characters, unpaired surrogates) are dropped. Not thread-safe; one per drawing.
 */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";

    private final Document document;
    private final Element root;

    /**
     * A drawing of {@code width × height} user units that scales to the width of its container ({@code viewBox},
     * {@code width="100%"}), announced to assistive technology as one image.
     */
    Svg(double width, double height, String cssClass) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is not configured", e);
        }
        root = document.createElementNS(NS, "svg");
        document.appendChild(root);
        set(
                root,
                "viewBox",
                "0 0 " + number(width) + " " + number(height),
                "width",
                "100%",
                "role",
                "img",
                "class",
                cssClass,
                "font-family",
                "sans-serif",
                "font-size",
                13);
    }

    Element root() {
        return root;
    }

    /** The drawing's text alternative: {@code <title>} and {@code <desc>}, the first children of the root. */
    void describe(String title, String description) {
        Element desc = document.createElementNS(NS, "desc");
        desc.setTextContent(clean(description));
        root.insertBefore(desc, root.getFirstChild());
        Element name = document.createElementNS(NS, "title");
        name.setTextContent(clean(title));
        root.insertBefore(name, root.getFirstChild());
    }

    /**
     * Appends an element to {@code parent}.
     *
     * @param attributes name, value, name, value…; a value is text or a number (written with at most two decimals)
     */
    Element add(Element parent, String name, Object... attributes) {
        Element element = document.createElementNS(NS, name);
        set(element, attributes);
        parent.appendChild(element);
        return element;
    }

    /** Appends a {@code <text>} (or another element holding text) with this content. */
    Element text(Element parent, String name, String content, Object... attributes) {
        Element element = add(parent, name, attributes);
        element.setTextContent(clean(content));
        return element;
    }

    /** The drawing as SVG markup, without an XML declaration, so it can be put into an HTML page as it is. */
    String render() {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("an SVG drawing could not be written", e);
        }
    }

    private static void set(Element element, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            String text = value instanceof Number n ? number(n.doubleValue()) : clean(String.valueOf(value));
            element.setAttribute(String.valueOf(attributes[i]), text);
        }
    }

    /** A coordinate or size: at most two decimals, no needless zeros, never an exponent. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** The text without the characters XML 1.0 cannot carry. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000;
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
