package io.stackup.core.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * The fonts shipped in {@code fonts/} beside this class (see the README there), registered with each renderer. The
 * files are read once per JVM and kept in memory; every document embeds only the glyphs it uses (subsets).
 *
 * <p>Inline SVG is drawn by Batik through Java2D, whose text comes from the fonts Java knows, not from the
 * renderer's: so the shipped fonts are also registered once with the JVM's {@link GraphicsEnvironment}, which makes
 * them the fallback of Java's logical fonts ({@code sans-serif}) for characters the server's own fonts lack, such as
 * CJK. (openhtmltopdf's own SVG font registration is not used: in 1.1.31 it draws text of exactly the registered
 * size, 12, at size 1.) SVG text is drawn as outlines, not as extractable text.
 */
final class PdfFonts {

    /** Latin with accents, Greek, Cyrillic: DejaVu Sans, regular and bold. */
    static final String SANS = "Stackup Sans";

    /** Chinese, Japanese and Korean: Droid Sans Fallback, regular only. */
    static final String CJK = "Stackup CJK";

    private enum Face {
        SANS_REGULAR("DejaVuSans.ttf", SANS, 400),
        SANS_BOLD("DejaVuSans-Bold.ttf", SANS, 700),
        CJK_REGULAR("DroidSansFallback.ttf", CJK, 400);

        final String file;
        final String family;
        final int weight;

        Face(String file, String family, int weight) {
            this.file = file;
            this.family = family;
            this.weight = weight;
        }
    }

    private PdfFonts() {}

    /** Registers every shipped font with the builder, as a subset to embed. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : Face.values()) {
            byte[] bytes = Objects.requireNonNull(Loaded.BYTES.get(face));
            builder.useFont(
                    () -> new ByteArrayInputStream(bytes),
                    face.family,
                    face.weight,
                    FontStyle.NORMAL,
                    true,
                    EnumSet.of(FSFontUseCase.DOCUMENT));
        }
    }

    /** Loaded on first use, so a missing font fails the first rendering with a clear message, not class loading. */
    private static final class Loaded {

        static final Map<Face, byte[]> BYTES = readAll();

        static {
            registerWithJava();
        }

        private static Map<Face, byte[]> readAll() {
            Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + face.file)) {
                    if (in == null) {
                        throw new IllegalStateException(
                                "The font fonts/" + face.file + " is missing from the classpath");
                    }
                    bytes.put(face, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the font " + face.file, e);
                }
            }
            return bytes;
        }

        /** A font Java already has under the same name (DejaVu Sans on many Linux servers) is left as it is. */
        private static void registerWithJava() {
            GraphicsEnvironment java = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Face face : Face.values()) {
                try {
                    java.registerFont(Font.createFont(
                            Font.TRUETYPE_FONT, new ByteArrayInputStream(Objects.requireNonNull(BYTES.get(face)))));
                } catch (IOException | FontFormatException e) {
                    throw new IllegalStateException("Cannot register the font " + face.file + " with Java", e);
                }
            }
        }
    }
}
