package io.stackup.core.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentsTest {

    /** The right margin of print.css (16 mm) in points. */
    private static final float RIGHT_MARGIN = 16 / 25.4f * 72;

    private static final List<String> NAMES =
            List.of("Ærø", "Müller", "São Paulo", "Αθήνα", "Москва", "東京", "서울", "Łódź", "Ñandú");

    @TempDir
    Path folder;

    @Test
    void names_in_latin_greek_cyrillic_and_cjk_extract_back_exactly_from_embedded_font_subsets() {
        Document html = PdfDocuments.newDocument("Scripts", Locale.ENGLISH);
        Element list = html.body().appendElement("ul");
        for (String name : NAMES) {
            list.appendElement("li").text(name);
        }
        html.body().appendElement("p").appendElement("b").text("Bold: Müller Αθήνα Москва 東京 서울");

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        for (String name : NAMES) {
            assertThat(pdf.text()).contains(name + "\n");
            assertThat(pdf.popplerText()).contains(name + "\n");
        }
        assertThat(pdf.text()).contains("Bold: Müller Αθήνα Москва 東京 서울");
        assertThat(pdf.popplerText()).contains("Bold: Müller Αθήνα Москва 東京 서울");
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.subset()).as(font.name() + " subset").isTrue();
        });
        assertThat(pdf.fonts())
                .extracting(font -> font.name().substring(7))
                .contains("DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback");
    }

    @Test
    void markup_in_user_text_is_printed_as_the_text_typed() {
        String typed = "<script>alert('x')</script><b>not bold</b> &amp; <img src=x onerror=alert(1)>";
        Document html = PdfDocuments.newDocument(typed, Locale.ENGLISH);
        html.body().appendElement("h1").text(typed);
        html.body()
                .appendElement("table")
                .appendElement("tr")
                .appendElement("td")
                .text(typed);

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.text().replace("\n", "")).contains(typed + typed);
        assertThat(pdf.title()).isEqualTo(typed);
        assertThat(pdf.imageCount()).isZero();
    }

    @Test
    void a_2000_character_word_wraps_inside_the_right_margin_in_text_and_in_tables() {
        String word = "Capability" + "ÆxyzΩЖ".repeat(331) + "Ends";
        assertThat(word).hasSize(2_000);
        Document html = PdfDocuments.newDocument("Long", Locale.ENGLISH);
        html.body().appendElement("h2").text(word);
        html.body().appendElement("p").text(word);
        Element table = html.body().appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Name");
        head.appendElement("th").text("Level");
        Element row = table.appendElement("tbody").appendElement("tr");
        row.appendElement("td").text(word);
        row.appendElement("td");

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.rightmostGlyphEdge())
                .isGreaterThan(pdf.pageWidth() / 2)
                .isLessThanOrEqualTo(pdf.pageWidth() - RIGHT_MARGIN + 1);
        assertThat(pdf.pageCount()).isBetween(2, 4);
        // Each text holds the word thrice and nothing else, once the footers and the header repeated on the page
        // the table row runs onto are taken out.
        for (String text : List.of(pdf.text(), pdf.popplerText())) {
            assertThat(text.replaceAll("\\s", "").replaceAll("Page\\dof\\d", "").replace("NameLevel", ""))
                    .isEqualTo(word + word + word);
        }
    }

    @Test
    void a_300_row_table_spans_pages_with_its_header_and_a_page_x_of_y_footer_on_each_and_one_png_per_page() {
        Document html = PdfDocuments.newDocument("Answers", Locale.ENGLISH);
        Element table = html.body().appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Question");
        head.appendElement("th").text("Answer");
        Element body = table.appendElement("tbody");
        for (int i = 1; i <= 300; i++) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text("Question " + i + " about the capability");
            row.appendElement("td").text("Answer " + i);
        }

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.pageCount()).isBetween(5, 20);
        assertThat(pdf.pageImages()).hasSize(pdf.pageCount());
        for (int page = 1; page <= pdf.pageCount(); page++) {
            String text = pdf.pageTexts().get(page - 1);
            assertThat(text).as("page " + page).contains("Question Answer\n");
            assertThat(text).as("page " + page).contains("Page " + page + " of " + pdf.pageCount());
        }
        for (int i = 1; i <= 300; i++) {
            assertThat(pdf.text()).contains("Question " + i + " about the capability Answer " + i + "\n");
        }
    }

    @Test
    void the_pdf_carries_the_title_the_language_and_stackup_as_producer() {
        Document html = PdfDocuments.newDocument("Rapport für Müller", Locale.GERMANY);
        html.body().appendElement("p").text("Inhalt");

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.title()).isEqualTo("Rapport für Müller");
        assertThat(pdf.language()).isEqualTo("de-DE");
        assertThat(pdf.producer()).isEqualTo("Stackup");
    }

    @Test
    void inline_svg_is_drawn_as_vectors_with_the_shipped_font() throws IOException {
        Document html = PdfDocuments.newDocument("Chart", Locale.ENGLISH);
        PdfDocuments.appendSvg(
                html.body().appendElement("figure"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" width=\"100%\">"
                        + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#000000\"/>"
                        + "<text x=\"10\" y=\"50\" font-family=\"sans-serif\" fill=\"#ffffff\">Level 3</text></svg>");
        html.body().appendElement("p").text("After the chart");

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.imageCount()).as("raster images").isZero();
        BufferedImage page = ImageIO.read(pdf.pageImages().getFirst().toFile());
        int dark = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xff) < 64) {
                    dark++;
                }
            }
        }
        // The 200:100 chart spans the text width (178 mm at 50 dpi: about 350 × 175 pixels).
        assertThat(dark).isGreaterThan(300 * 150);
        assertThat(pdf.text()).contains("After the chart");
    }

    @Test
    void an_image_given_as_png_bytes_is_embedded_while_other_data_uris_stay_refused() throws IOException {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Document html = PdfDocuments.newDocument("Logo", Locale.ENGLISH);
        PdfDocuments.appendImage(html.body(), png.toByteArray(), "Partner logo").attr("style", "width: 30mm");
        String base64 = Base64.getEncoder().encodeToString(png.toByteArray());
        html.body().appendElement("img").attr("src", "data:image/gif;base64," + base64);
        html.head()
                .appendElement("link")
                .attr("rel", "stylesheet")
                .attr(
                        "href",
                        "data:text/css;base64,"
                                + Base64.getEncoder()
                                        .encodeToString("p { display: none; }".getBytes(StandardCharsets.UTF_8)));
        html.body().appendElement("p").text("Text stays");

        PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

        assertThat(pdf.imageCount()).isEqualTo(1);
        assertThat(pdf.text()).contains("Text stays");
        assertThat(PdfDocuments.imageType(png.toByteArray())).isEqualTo("image/png");
        assertThat(PdfDocuments.imageType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .isEqualTo("image/jpeg");
        assertThatThrownBy(() -> PdfDocuments.appendImage(
                        html.body(), "<svg/>".getBytes(StandardCharsets.UTF_8), "not an image"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_that_is_not_one_svg_element_is_refused_as_a_chart() {
        Element parent = PdfDocuments.newDocument("x", Locale.ENGLISH).body();
        assertThatThrownBy(() -> PdfDocuments.appendSvg(parent, "<p>no</p>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfDocuments.appendSvg(parent, "<svg/><svg/>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfDocuments.appendSvg(parent, "just text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void external_images_stylesheets_fonts_and_svg_references_are_never_fetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String http = "http://127.0.0.1:" + server.getAddress().getPort();
            Path png = folder.resolve("local.png");
            ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            Document html = PdfDocuments.newDocument("Closed", Locale.ENGLISH);
            html.head().appendElement("link").attr("rel", "stylesheet").attr("href", http + "/style.css");
            html.head()
                    .appendElement("style")
                    .appendChild(new DataNode("@import url(" + http + "/imported.css);"
                            + " @font-face { font-family: Remote; src: url(" + http + "/font.ttf); }"
                            + " p { font-family: Remote; background-image: url(" + http + "/bg.png); }"));
            html.body().appendElement("img").attr("src", http + "/image.png");
            html.body().appendElement("img").attr("src", png.toUri().toString());
            html.body().appendElement("img").attr("src", "local.png");
            html.body().appendElement("p").text("Text stays");
            PdfDocuments.appendSvg(
                    html.body(),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                            + " viewBox=\"0 0 10 10\"><image width=\"10\" height=\"10\" xlink:href=\"" + http
                            + "/svg.png\"/><image width=\"10\" height=\"10\" xlink:href=\"" + png.toUri()
                            + "\"/></svg>");

            PdfInspection.Result pdf = PdfInspection.inspect(PdfDocuments.render(html), folder);

            assertThat(requests).hasValue(0);
            assertThat(pdf.imageCount()).isZero();
            assertThat(pdf.text()).contains("Text stays");
        } finally {
            server.stop(0);
        }
    }
}
