package io.stackup.core.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a rendered PDF holds, read the ways a person's tools would: PDFBox's text extraction page by page, Poppler's
 * {@code pdftotext}, Poppler's {@code pdftoppm -r 50 -png} (one PNG per page, to count and to look at), and the fonts,
 * images and metadata of the file. Poppler is Debian's {@code poppler-utils}, which {@code .ci/run} installs; without
 * it the inspection fails rather than skip.
 *
 * <p>Kept in platform-core's tests, where the renderer is; the project shares no test code between modules (no
 * test-jar), so a platform-ui test of the report endpoint would need one to reuse this.
 */
public final class PdfInspection {

    /** A font used on some page: its PDF name ("ABCDEF+DejaVuSans" when subset) and whether the file embeds it. */
    public record Font(String name, boolean embedded) {

        public boolean subset() {
            return name.matches("[A-Z]{6}\\+.*");
        }
    }

    /**
     * @param pageTexts PDFBox's text of each page
     * @param popplerText pdftotext's text of the whole document (pages separated by form feeds)
     * @param pageImages pdftoppm's PNGs, in page order
     * @param rightmostGlyphEdge the largest x (in points from the page's left edge) reached by any glyph
     * @param pageWidth the first page's width in points
     */
    public record Result(
            int pageCount,
            List<String> pageTexts,
            String popplerText,
            List<Path> pageImages,
            List<Font> fonts,
            int imageCount,
            float rightmostGlyphEdge,
            float pageWidth,
            String title,
            String producer,
            String language) {

        public String text() {
            return String.join("", pageTexts);
        }
    }

    private PdfInspection() {}

    /** Writes the PDF into {@code folder} as {@code document.pdf}, next to its page images, and reads it. */
    public static Result inspect(byte[] pdf, Path folder) {
        try {
            Path file = folder.resolve("document.pdf");
            Files.write(file, pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> pageTexts = new ArrayList<>();
                Extractor extractor = new Extractor();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    extractor.setStartPage(page);
                    extractor.setEndPage(page);
                    pageTexts.add(extractor.getText(document));
                }
                Map<String, Font> fonts = new LinkedHashMap<>();
                int images = 0;
                for (PDPage page : document.getPages()) {
                    images += collect(page.getResources(), fonts);
                }
                String popplerText = run(folder, "pdftotext", "-enc", "UTF-8", file.toString(), "-");
                run(
                        folder,
                        "pdftoppm",
                        "-r",
                        "50",
                        "-png",
                        file.toString(),
                        folder.resolve("page").toString());
                List<Path> pngs;
                try (Stream<Path> listed = Files.list(folder)) {
                    pngs = listed.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png"))
                            .sorted()
                            .toList();
                }
                String language = document.getDocumentCatalog().getLanguage();
                return new Result(
                        document.getNumberOfPages(),
                        pageTexts,
                        popplerText,
                        pngs,
                        List.copyOf(fonts.values()),
                        images,
                        extractor.rightmost,
                        document.getPage(0).getMediaBox().getWidth(),
                        String.valueOf(document.getDocumentInformation().getTitle()),
                        String.valueOf(document.getDocumentInformation().getProducer()),
                        String.valueOf(language));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fonts and raster images of a page's resources, form XObjects (SVG drawings) included; returns the images. */
    private static int collect(PDResources resources, Map<String, Font> fonts) throws IOException {
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.putIfAbsent(font.getName(), new Font(font.getName(), font.isEmbedded()));
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += collect(form.getResources(), fonts);
            }
        }
        return images;
    }

    private static String run(Path folder, String... command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    command[0] + " is missing: install Debian's poppler-utils (.ci/run does)", e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** PDFBox's text, with the rightmost glyph edge seen on any page. */
    private static final class Extractor extends PDFTextStripper {

        float rightmost;

        Extractor() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                rightmost = Math.max(rightmost, position.getXDirAdj() + position.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}
