package io.stackup.core.report.pdf;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one tiny PDF in the background once the application is ready, so that the first customer to download a
 * report does not pay the renderer's one-time setup (about two seconds: classes, the fonts read and registered with
 * Java, Batik, PDFBox's look at the system fonts; see bench/README.md). It runs on a thread of its own at low
 * priority, off every request's path, and a failure is only logged: it never stops the application, and the first
 * real rendering would then report the problem where it matters.
 */
@Component
class PdfWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(PdfWarmUp::render, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A document that touches every font (regular, bold, CJK) and an SVG with text, as a report does. */
    static void render() {
        long start = System.nanoTime();
        try {
            Document html = PdfDocuments.newDocument("Warm-up", Locale.ENGLISH);
            html.body().appendElement("h2").text("Warm-up Αθήνα Москва");
            html.body()
                    .appendElement("table")
                    .appendElement("tr")
                    .appendElement("td")
                    .text("東京 서울 Müller");
            PdfDocuments.appendSvg(
                    html.body().appendElement("figure"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\">"
                            + "<rect width=\"50\" height=\"10\" fill=\"#555555\"/>"
                            + "<text x=\"2\" y=\"18\" font-size=\"8\">Level 東京</text></svg>");
            PdfDocuments.render(html);
            LOG.info("PDF renderer ready ({} ms)", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Warming up the PDF renderer failed; the first report will try again", e);
        }
    }
}
