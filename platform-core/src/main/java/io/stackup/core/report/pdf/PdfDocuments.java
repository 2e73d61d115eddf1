package io.stackup.core.report.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Stackup's PDFs: an HTML document built with jsoup, laid out by openhtmltopdf on PDFBox with the print stylesheet
 * ({@code print.css} beside this class) and the shipped fonts ({@code fonts/}), embedded as subsets.
 *
 * <p>How to make one: {@link #newDocument} gives an empty document with the stylesheet, the title and the language;
 * the caller fills its {@code body()} with jsoup's element API ({@code appendElement}, {@code text}, {@code attr}),
 * which escapes every value, so text typed by users is printed as typed and can never become markup; charts are
 * added with {@link #appendSvg}; then {@link #render(Document)}. Markup is never assembled from strings of user text.
 *
 * <p>Rendering reads nothing from outside the document: every external resource (images, stylesheets, fonts, SVG
 * references, by any scheme: http, https, file, jar, data) is refused before its URI is even resolved, SVG scripts
 * are off, and the only fonts are the shipped ones, registered in code. The one exception is a PNG or JPEG image
 * carried in the document itself as a {@code data:} URI, which is how {@link #appendImage} puts a picture given as
 * bytes (a tenant's logo) into it: nothing is fetched for it. A refused resource is left out of the PDF and logged as
 * a warning (openhtmltopdf's log goes to SLF4J, see {@link Slf4jXrLogger}).
 *
 * <p>Thread-safe: each rendering has its own renderer and PDF; the font bytes and the font metrics are shared.
 */
public final class PdfDocuments {

    /** What the PDF's "producer" says. */
    static final String PRODUCER = "Stackup";

    /** The base URI of every document: not a place anything can be loaded from. */
    private static final String BASE_URI = "about:stackup-pdf";

    private static final String STYLESHEET = readStylesheet();

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    /** Font metrics, computed once per font per JVM instead of once per rendering (openhtmltopdf's cache store). */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new SharedCache();

    private PdfDocuments() {}

    /**
     * An empty HTML document carrying the print stylesheet, the given title (the PDF's title) and language (the
     * PDF's language, for screen readers and hyphenation-free text extraction). Never null.
     */
    public static Document newDocument(String title, Locale language) {
        Document document = Document.createShell(BASE_URI);
        document.outputSettings().charset(StandardCharsets.UTF_8);
        Objects.requireNonNull(document.selectFirst("html")).attr("lang", language.toLanguageTag());
        Element head = document.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(STYLESHEET));
        return document;
    }

    /**
     * Parses an SVG drawing (such as a chart of {@code io.stackup.core.report}) as XML, which keeps the case of its
     * attributes ({@code viewBox}) that HTML parsing would fold, and appends it to {@code parent}. The SVG must come
     * from code that escapes the text it puts in; it is drawn as vectors. Refuses a text that is not one
     * {@code <svg>} element.
     */
    public static Element appendSvg(Element parent, String svg) {
        Document parsed = Parser.xmlParser().parseInput(svg, BASE_URI);
        @Nullable Element root = null;
        for (Node node : parsed.childNodes()) {
            if (node instanceof Element element) {
                if (root != null || !element.normalName().equals("svg")) {
                    throw new IllegalArgumentException("Not one <svg> element");
                }
                root = element;
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("Not one <svg> element");
        }
        root.remove();
        if (!root.hasAttr("xmlns")) {
            root.attr("xmlns", "http://www.w3.org/2000/svg");
        }
        parent.appendChild(root);
        return root;
    }

    /**
     * Appends a raster image given as bytes, such as a tenant's logo, as an {@code <img>} carrying them as a
     * {@code data:} URI (so it is part of the document and fetched from nowhere), with {@code description} as its
     * text alternative. Size it with CSS on the returned element or its parent.
     *
     * @throws IllegalArgumentException when the bytes are neither PNG nor JPEG ({@link #imageType})
     */
    public static Element appendImage(Element parent, byte[] image, String description) {
        String type = imageType(image);
        if (type == null) {
            throw new IllegalArgumentException("Not a PNG or JPEG image");
        }
        return parent.appendElement("img")
                .attr("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image))
                .attr("alt", description);
    }

    /**
     * The media type of an image by its first bytes: {@code image/png} or {@code image/jpeg}, {@code null} for
     * anything else (the only kinds {@link #appendImage} embeds).
     */
    public static @Nullable String imageType(byte[] image) {
        if (startsWith(image, PNG_SIGNATURE)) {
            return "image/png";
        }
        if (startsWith(image, JPEG_SIGNATURE)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length > prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    /** The document as PDF bytes. Never null; throws {@link UncheckedIOException} if rendering fails. */
    public static byte[] render(Document html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(html, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
        return out.toByteArray();
    }

    /** Writes the document as PDF to {@code out}, which stays open. */
    public static void render(Document html, OutputStream out) throws IOException {
        render(W3CDom.convert(html), out);
    }

    /**
     * Writes an XHTML DOM as PDF to {@code out}, which stays open. The PDF's title is the document's
     * {@code <title>}, its language the {@code lang} of {@code <html>}, its producer "Stackup". A DOM not made by
     * {@link #newDocument} lacks the print stylesheet unless it brings its own.
     */
    public static void render(org.w3c.dom.Document xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(xhtml, BASE_URI)
                .withProducer(PRODUCER)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        refuseExternalResources(builder);
        PdfFonts.register(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                String language = xhtml.getDocumentElement().getAttribute("lang");
                if (!language.isBlank()) {
                    pdf.getDocumentCatalog().setLanguage(language);
                }
                pdf.getDocumentInformation().setCreator(PRODUCER);
                pdf.save(out);
            }
        }
    }

    /**
     * Two locks: the access control refuses every external resource of any type before its URI is resolved, and
     * the URI resolver resolves nothing, so a resource that slipped past the first has no address to be read from.
     * Both let through only a raster image carried in the document as a PNG or JPEG {@code data:} URI
     * ({@link #appendImage}).
     */
    private static void refuseExternalResources(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(
                (uri, type) -> type == ExternalResourceType.IMAGE_RASTER && embeddedImage(uri),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> type == ExternalResourceType.IMAGE_RASTER && embeddedImage(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> embeddedImage(uri) ? uri : null);
    }

    private static boolean embeddedImage(@Nullable String uri) {
        return uri != null && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
    }

    private static String readStylesheet() {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("print.css")) {
            if (in == null) {
                throw new IllegalStateException("print.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read print.css", e);
        }
    }

    /** openhtmltopdf's cache as a concurrent map: its values (font metrics) never change once computed. */
    private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot compute the font metrics " + k, e);
                }
            });
        }

        @Override
        public @Nullable FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
