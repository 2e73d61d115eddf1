package io.stackup.bench;

import io.stackup.core.report.pdf.PdfDocuments;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a customer report of a 300-question interview costs to render, independent of the report's content model: a
 * synthetic HTML report of that size built with {@link PdfDocuments} (cover with a CJK and an accented name, a summary
 * with four SVG charts, 12 areas of 25 answers with notes, a roadmap table of about ten pages), rendered N times in
 * one JVM. Prints the first rendering (cold: class loading, font parsing, JIT), every warm one with their median and
 * the PDF's size and page count. Wall time and the rendering thread's CPU time: on a shared machine the second is the
 * steadier figure (it leaves out time spent waiting for a core, and the JIT's and GC's threads). Asserts nothing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.stackup.bench.PdfBenchmark [renders=20]}; {@code -Dout=FILE}
 * keeps the last PDF.
 */
public final class PdfBenchmark {

    static final int AREAS = 12;
    static final int QUESTIONS_PER_AREA = 25;
    static final int ROADMAP_ROWS = 130;

    private static final String[] WORDS = ("capability maturity backup restore identity access network monitoring "
                    + "patch management incident response encryption policy review automation inventory licence "
                    + "cloud migration resilience documented tested quarterly owner vendor contract training audit "
                    + "Müller São Ærø Αθήνα Москва")
            .split(" ");

    private PdfBenchmark() {}

    public static void main(String[] args) throws IOException {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long built = System.nanoTime();
        Document report = report(new Random(42));
        double buildMs = (System.nanoTime() - built) / 1e6;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] pdf = null;
        double[] millis = new double[renders];
        double[] cpuMillis = new double[renders];
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            pdf = PdfDocuments.render(report);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "render %2d: %7.1f ms (%7.1f ms CPU of this thread)%n",
                    i + 1,
                    millis[i],
                    cpuMillis[i]);
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "building the HTML (jsoup, once): %.1f ms%n", buildMs);
        System.out.printf(Locale.ROOT, "first rendering (cold JVM): %.1f ms (%.1f ms CPU)%n", millis[0], cpuMillis[0]);
        if (renders > 1) {
            double[] warm = sorted(millis);
            double[] warmCpu = sorted(cpuMillis);
            System.out.printf(
                    Locale.ROOT,
                    "warm renderings (%d): min %.1f ms, median %.1f ms, max %.1f ms;"
                            + " CPU min %.1f ms, median %.1f ms, max %.1f ms%n",
                    warm.length,
                    warm[0],
                    warm[warm.length / 2],
                    warm[warm.length - 1],
                    warmCpu[0],
                    warmCpu[warm.length / 2],
                    warmCpu[warm.length - 1]);
        }
        System.out.printf(Locale.ROOT, "PDF: %,d bytes, %d pages%n", pdf.length, pages);
        String out = System.getProperty("out");
        if (out != null) {
            Files.write(Path.of(out), pdf);
            System.out.println("written to " + out);
        }
    }

    /** All but the first (cold) figure, sorted. */
    private static double[] sorted(double[] figures) {
        double[] warm = Arrays.copyOfRange(figures, 1, figures.length);
        Arrays.sort(warm);
        return warm;
    }

    /** The synthetic report: deterministic for a given random. */
    static Document report(Random random) {
        Document html = PdfDocuments.newDocument("Capability assessment for 東京 Müller & Søn", Locale.ENGLISH);
        Element body = html.body();
        body.appendElement("h1").text("Capability assessment for 東京 Müller & Søn");
        body.appendElement("p").addClass("muted").text("Interview of 2026-11-30 by Zoë Ångström · 서울 office");

        body.appendElement("h2").text("Summary");
        body.appendElement("p").text(sentence(random, 80));
        for (int chart = 0; chart < 4; chart++) {
            PdfDocuments.appendSvg(body.appendElement("figure"), chart(random, chart));
        }

        for (int area = 1; area <= AREAS; area++) {
            Element section = body.appendElement("section");
            if (area == 1) {
                section.addClass("page-break");
            }
            section.appendElement("h2").text("Area " + area + ": " + sentence(random, 4));
            Element table = section.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("style", "width: 6%").text("#");
            head.appendElement("th").attr("style", "width: 44%").text("Question");
            head.appendElement("th").attr("style", "width: 16%").text("Answer");
            head.appendElement("th").attr("style", "width: 34%").text("Note");
            Element rows = table.appendElement("tbody");
            for (int q = 1; q <= QUESTIONS_PER_AREA; q++) {
                Element row = rows.appendElement("tr");
                row.appendElement("td").addClass("number").text(area + "." + q);
                row.appendElement("td").text(sentence(random, 12 + random.nextInt(14)) + "?");
                row.appendElement("td").text(answer(random));
                row.appendElement("td").text(random.nextInt(3) == 0 ? "" : sentence(random, 5 + random.nextInt(30)));
            }
        }

        body.appendElement("h2").addClass("page-break").text("Roadmap");
        Element roadmap = body.appendElement("table");
        Element head = roadmap.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("style", "width: 30%").text("Capability");
        head.appendElement("th").attr("style", "width: 46%").text("Recommendation");
        head.appendElement("th").attr("style", "width: 12%").text("Priority");
        head.appendElement("th").attr("style", "width: 12%").text("Horizon");
        Element rows = roadmap.appendElement("tbody");
        for (int i = 1; i <= ROADMAP_ROWS; i++) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").text(sentence(random, 3 + random.nextInt(3)));
            row.appendElement("td").text(sentence(random, 8 + random.nextInt(20)));
            row.appendElement("td").text(List.of("high", "medium", "low").get(random.nextInt(3)));
            row.appendElement("td").text((1 + random.nextInt(4)) + " quarters");
        }
        return html;
    }

    /** A bar chart of the kind the report draws: one bar per area, labels and values as SVG text. */
    private static String chart(Random random, int number) {
        int width = 640;
        int height = 40 + AREAS * 22;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<text x=\"0\" y=\"16\" font-weight=\"bold\">Chart ")
                .append(number + 1)
                .append(": level per area</text>");
        List<String> greys = List.of("#222222", "#555555", "#888888", "#bbbbbb");
        for (int area = 0; area < AREAS; area++) {
            int y = 30 + area * 22;
            int level = 1 + random.nextInt(4);
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\">Area ")
                    .append(area + 1)
                    .append("</text>");
            svg.append("<rect x=\"120\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(level * 110)
                    .append("\" height=\"16\" fill=\"")
                    .append(greys.get(level - 1))
                    .append("\" stroke=\"#000000\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"")
                    .append(130 + level * 110)
                    .append("\" y=\"")
                    .append(y + 13)
                    .append("\">")
                    .append(level)
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String answer(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Yes";
            case 1 -> "No";
            case 2 -> String.valueOf(random.nextInt(500));
            case 3 -> "Partly, " + WORDS[random.nextInt(WORDS.length)];
            default -> "Level " + (1 + random.nextInt(4));
        };
    }

    private static String sentence(Random random, int words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        String text = String.join(" ", out);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
