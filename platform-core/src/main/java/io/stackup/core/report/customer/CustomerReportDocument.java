package io.stackup.core.report.customer;

import io.stackup.core.report.Comparison;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.pdf.PdfDocuments;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The customer report of a {@link ResultReport} as a document, a pure function of what it is given (no I/O, no
 * clock): a cover (the tenant's name and logo, the prospect, the template, the date) with the executive summary, the
 * maturity profile (radar and the same numbers as a table), each area's capabilities as ladders, the gaps, the roadmap
 * by step with no-spend changes marked, the comparison with the previous assessment when there is one, and an appendix
 * of every answer (with the interviewer's notes when the report carries them). The lead qualification is left out: the
 * report is for the customer.
 *
 * <p>Public so that the benchmarks can render the real report without a database; the application renders it through
 * {@link CustomerReport}.
 */
public final class CustomerReportDocument {

    /** Where the report's own styles differ from the print stylesheet; {@code ACCENT} is replaced by a colour. */
    private static final String STYLE = """
            .cover { margin-top: 12mm; }
            .cover-brand img { max-height: 18mm; max-width: 60mm; display: block; margin-bottom: 3mm; }
            .cover-tenant { font-size: 11pt; font-weight: bold; margin: 0; }
            .accent-rule { border-top: 2pt solid ACCENT; margin: 5mm 0 9mm 0; }
            .cover-kicker { font-size: 11pt; color: #555555; margin: 0; }
            h1.cover-title { font-size: 24pt; margin: 2mm 0 5mm 0; }
            .cover-facts { margin: 0 0 1.5mm 0; }
            .summary { margin-top: 14mm; }
            .summary li { margin-bottom: 1.8mm; }
            h2 { border-bottom: 0.75pt solid ACCENT; padding-bottom: 1mm; }
            p.overall { font-size: 12pt; font-weight: bold; }
            figure.radar svg { width: 100%; }
            .area { page-break-inside: auto; }
            .no-spend { font-weight: bold; border: 0.75pt solid #000000; padding: 0 1mm; }
            ol.roadmap { margin: 0 0 4mm 0; padding-left: 6mm; }
            ol.roadmap li { margin-bottom: 2.5mm; page-break-inside: avoid; }
            ol.roadmap p { margin: 0 0 0.8mm 0; }
            .answer { margin: 0 0 2.5mm 0; page-break-inside: avoid; }
            .answer p { margin: 0 0 0.5mm 0; }
            .answer .question { font-weight: bold; }
            table.rungs { width: 100%; margin: 0.6mm 0 0 0; border-collapse: separate; border-spacing: 0.8mm 0; }
            table.rungs td { height: 3mm; padding: 0; border: 0.5pt solid #999999; background: #ffffff; }
            table.rungs td.reached { background: #555555; border-color: #555555; }
            table.rungs td.target { border: 1.5pt solid #000000; }
            """;

    private static final String NEUTRAL = "#555555";

    private CustomerReportDocument() {}

    /**
     * The report as PDF bytes; see {@link #html}. Never null.
     *
     * @throws java.io.UncheckedIOException when rendering fails
     */
    public static byte[] pdf(
            ResultReport report, @Nullable Comparison comparison, Branding branding, ZoneId zone, LocalDate today) {
        return PdfDocuments.render(html(report, comparison, branding, zone, today));
    }

    /**
     * The report as an HTML document for {@link PdfDocuments#render}.
     *
     * @param comparison the comparison with the prospect's previous assessment (that one before, this one after), or
     *     {@code null} when there is none
     * @param zone where dates are read: the completion's date is the date in this zone
     * @param today the date a preview (an interview still running) is dated with
     */
    public static Document html(
            ResultReport report, @Nullable Comparison comparison, Branding branding, ZoneId zone, LocalDate today) {
        LocalDate date = date(report, zone, today);
        Document html = PdfDocuments.newDocument(
                report.prospectName() + " · " + report.template().name() + " · " + Words.date(date), Locale.ENGLISH);
        String accent = Objects.requireNonNullElse(branding.accent(), NEUTRAL);
        html.head().appendElement("style").appendChild(new DataNode(STYLE.replace("ACCENT", accent)));
        Element body = html.body();
        cover(body, report, branding, date);
        summary(body, report, comparison, zone);
        Sections.profile(body, report);
        Sections.ladders(body, report);
        Sections.gaps(body, report);
        Sections.roadmap(body, report);
        if (comparison != null) {
            Sections.comparison(body, comparison, zone);
        }
        Sections.appendix(body, report);
        return html;
    }

    /**
     * The name the report is saved under: the prospect's name and the report's date, e.g. {@code "Acme report
     * 2030-01-31.pdf"}. Characters a file system or a header may refuse ({@code / \ : * ? " < > |}, control
     * characters) become {@code _}; the name is at most 100 characters before the date.
     */
    public static String fileName(ResultReport report, ZoneId zone, LocalDate today) {
        StringBuilder name = new StringBuilder();
        report.prospectName().codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0) {
                name.append('_');
            } else if (Character.isWhitespace(c)) {
                name.append(' ');
            } else {
                name.appendCodePoint(c);
            }
        });
        String prospect = name.toString().replaceAll(" +", " ").strip();
        if (prospect.codePointCount(0, prospect.length()) > 100) {
            prospect =
                    prospect.substring(0, prospect.offsetByCodePoints(0, 100)).strip();
        }
        return (prospect.isEmpty() ? "" : prospect + " ") + "report " + date(report, zone, today) + ".pdf";
    }

    /** The completion's date, or today for a preview. */
    private static LocalDate date(ResultReport report, ZoneId zone, LocalDate today) {
        return report.completedAt() == null ? today : LocalDate.ofInstant(report.completedAt(), zone);
    }

    private static void cover(Element body, ResultReport report, Branding branding, LocalDate date) {
        Element cover = body.appendElement("section").addClass("cover");
        Element brand = cover.appendElement("div").addClass("cover-brand");
        byte[] logo = branding.logo();
        if (logo != null) {
            PdfDocuments.appendImage(brand, logo, report.tenantName());
        }
        brand.appendElement("p").addClass("cover-tenant").text(report.tenantName());
        cover.appendElement("div").addClass("accent-rule");
        cover.appendElement("p").addClass("cover-kicker").text("Maturity assessment");
        cover.appendElement("h1").addClass("cover-title").text(report.prospectName());
        cover.appendElement("p")
                .addClass("cover-facts")
                .text(report.template().name() + " " + report.template().version());
        cover.appendElement("p")
                .addClass("cover-facts")
                .text(
                        report.complete()
                                ? "Completed on " + Words.date(date)
                                : "Preview of " + Words.date(date)
                                        + ": the interview is still running, so this shows what the answers so far give.");
        String by = report.interviewerName() == null
                ? "Prepared by " + report.tenantName() + " from a self-assessment"
                : "Prepared by " + report.tenantName() + " from an interview with " + report.interviewerName();
        cover.appendElement("p").addClass("cover-facts muted").text(by);
    }

    private static void summary(Element body, ResultReport report, @Nullable Comparison comparison, ZoneId zone) {
        Element summary = body.appendElement("section").addClass("summary");
        summary.appendElement("h2").text("Summary");
        Element list = summary.appendElement("ul");
        for (String sentence : ExecutiveSummary.sentences(report, comparison, zone)) {
            list.appendElement("li").text(sentence);
        }
    }
}
