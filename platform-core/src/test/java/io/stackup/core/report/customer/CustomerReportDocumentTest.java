package io.stackup.core.report.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.Reports;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.pdf.PdfInspection;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer report as a person's tools read it (PDFBox's and Poppler's text, Poppler's page images): the names and
 * numbers of the result screen, in embedded fonts, for names in any script, with text typed by users as text.
 */
class CustomerReportDocumentTest {

    static final String PROSPECT = "Αθήνα Москва 東京 <b>Co</b> & Ærø";
    static final String NOTE = "<b>check</b> the AD forest & Ωmega";
    static final LocalDate TODAY = LocalDate.of(2031, 3, 4);
    static final ZoneId UTC = ZoneOffset.UTC;
    /** The right margin of print.css (16 mm) in points. */
    static final float RIGHT_MARGIN = 16 / 25.4f * 72;

    final Template template = Reports.miniIo();
    final Map<String, Answer> answers = Map.of(
            "has-dir", new Answer.Choice("no", NOTE),
            "budget", new Answer.Choice("yes", "no budget before Q3"));

    @TempDir
    Path folder;

    @Test
    void the_report_carries_the_screens_names_and_numbers_as_extractable_text_in_embedded_fonts() {
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED, PROSPECT, true);

        PdfInspection.Result pdf = PdfInspection.inspect(pdf(report), folder);

        assertThat(pdf.pageImages()).hasSize(pdf.pageCount());
        assertThat(pdf.pageCount()).isBetween(3, 8);
        String text = flat(pdf.text());
        // Poppler reads the fi and ff ligatures PDFBox sets as U+FB01 and U+FB00; NFKC makes them letters again.
        String poppler = flat(Normalizer.normalize(pdf.popplerText(), Normalizer.Form.NFKC));
        for (String flowing : List.of(text, poppler)) {
            assertThat(flowing)
                    .contains(PROSPECT)
                    .contains("Partner GmbH")
                    .contains("Mini IO 1.0.0")
                    .contains("Completed on 31 January 2030")
                    .contains("Overall: Basic (" + ReportNumbers.percent(0.0) + ")")
                    .contains("The largest gap is in Directory services (2 levels below Rationalized).")
                    .contains("No spend Written joiner/leaver process Directory services → Standardized · process ·"
                            + " effort S")
                    .contains("One directory for authentication Directory services → Standardized · product ·"
                            + " effort M")
                    .contains("Do you have a directory service that authenticates your users? Answer: No Note: " + NOTE)
                    .contains("Is there budget for this in the next 12 months? Answer: Yes Note: no budget before Q3")
                    .doesNotContainIgnoringCase("qualif")
                    .doesNotContainIgnoringCase("lead score");
            for (RoadmapItem item : report.roadmap().getFirst().items()) {
                assertThat(flowing).contains(item.title());
            }
        }
        // Tables, row by row as PDFBox reads them by position: the area's and the capability's numbers.
        assertThat(text)
                .contains("Identity and Access Basic 0% 66%")
                .contains("Directory services Basic 0% Rationalized 2 levels")
                .contains("Directory services Identity and Access Basic (0%) Rationalized 2 levels");
        assertThat(pdf.title()).isEqualTo(PROSPECT + " · Mini IO · 31 January 2030");
        assertThat(pdf.imageCount()).as("charts are vectors, no logo").isZero();
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.subset()).as(font.name() + " subset").isTrue();
        });
    }

    @Test
    void without_notes_the_answers_are_there_and_no_note_is() {
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.OMITTED, PROSPECT, true);

        String text = flat(PdfInspection.inspect(pdf(report), folder).text());

        assertThat(text)
                .contains("Do you have a directory service that authenticates your users? Answer: No Is there")
                .contains("Is there budget for this in the next 12 months? Answer: Yes")
                .doesNotContain("Note:")
                .doesNotContain("check")
                .doesNotContain("no budget before Q3")
                .doesNotContain("interviewer's notes");
    }

    @Test
    void a_preview_is_dated_today_and_says_the_interview_is_still_running() {
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED, PROSPECT, false);

        String text = flat(PdfInspection.inspect(pdf(report), folder).text());

        assertThat(text).contains("Preview of 4 March 2031: the interview is still running");
        assertThat(CustomerReportDocument.fileName(report, UTC, TODAY))
                .isEqualTo("Αθήνα Москва 東京 _b_Co__b_ & Ærø report 2031-03-04.pdf");
    }

    @Test
    void a_2000_character_capability_name_and_question_wrap_inside_the_right_margin() throws IOException {
        String name = "Capability" + "ÆxyzΩЖ".repeat(331) + "Ends";
        assertThat(name).hasSize(2_000);
        String question = "Question" + "ÆxyzΩЖ".repeat(331) + "Ending";
        Template longNames = TemplateReader.readJson(
                miniIoJson().replace("Is there budget for this in the next 12 months?", question));
        Area area = longNames.areas().getFirst();
        Capability directory = area.capabilities().getFirst();
        longNames = new Template(
                longNames.format(),
                longNames.key(),
                longNames.name(),
                longNames.version(),
                longNames.language(),
                longNames.description(),
                longNames.scale(),
                longNames.scoring(),
                longNames.defaultTarget(),
                List.of(new Area(
                        area.key(),
                        area.name(),
                        area.description(),
                        List.of(new Capability(
                                directory.key(),
                                name,
                                directory.description(),
                                directory.weight(),
                                directory.target(),
                                directory.levels(),
                                directory.recommendations())))),
                longNames.questionnaire(),
                longNames.qualification());
        ResultReport report = Reports.report(longNames, answers, Map.of(), Notes.INCLUDED, PROSPECT, true);

        PdfInspection.Result pdf = PdfInspection.inspect(pdf(report), folder);

        assertThat(pdf.rightmostGlyphEdge())
                .isGreaterThan(pdf.pageWidth() / 2)
                .isLessThanOrEqualTo(pdf.pageWidth() - RIGHT_MARGIN + 1);
        String compact = pdf.text().replaceAll("\\s", "").replaceAll("Page\\d+of\\d+", "");
        assertThat(compact)
                .contains(question)
                .contains("Thelargestgapisin" + name + "(2levelsbelowRationalized)")
                .contains(name + "→Standardized·process");
    }

    @Test
    void a_re_assessment_shows_each_capability_before_and_now_with_what_still_blocks_it() {
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED, PROSPECT, true);
        Comparison comparison = new Comparison(
                new Comparison.Side(
                        new InterviewId(UUID.randomUUID()),
                        "Mini IO",
                        "0.9.0",
                        Reports.COMPLETED.minusSeconds(86_400 * 365)),
                new Comparison.Side(report.interview(), "Mini IO", "1.0.0", Reports.COMPLETED),
                new Comparison.Standing("standardized", "Standardized", 1.0 / 3),
                new Comparison.Standing("basic", "Basic", 0.0),
                List.of(
                        new Comparison.CapabilityChange(
                                "directory",
                                "Directory services",
                                "Identity and Access",
                                Comparison.Presence.BOTH,
                                new Comparison.Standing("standardized", "Standardized", 1.0 / 3),
                                new Comparison.Standing("basic", "Basic", 0.0),
                                Comparison.Movement.DOWN,
                                "rationalized",
                                "Rationalized",
                                2,
                                List.of("Written joiner/leaver process", "One directory for authentication")),
                        new Comparison.CapabilityChange(
                                "mail",
                                "Mail",
                                "Identity and Access",
                                Comparison.Presence.ONLY_BEFORE,
                                new Comparison.Standing("basic", "Basic", 0.0),
                                new Comparison.Standing(null, null, null),
                                Comparison.Movement.NOT_COMPARABLE,
                                null,
                                null,
                                null,
                                List.of())));

        String text = flat(
                PdfInspection.inspect(CustomerReportDocument.pdf(report, comparison, Branding.NONE, UTC, TODAY), folder)
                        .text());

        assertThat(text)
                .contains("Compared with the assessment of 31 January 2029 (Mini IO 0.9.0)."
                        + " Overall: Standardized (33%) then, Basic (0%) now.")
                .containsSubsequence(
                        "Since the last assessment",
                        "Capability Before Now Movement",
                        "Directory services",
                        "Standardized",
                        "Basic (0%)",
                        "down",
                        "Written joiner/leaver",
                        "One directory for authentication",
                        "Mail",
                        "Basic (0%)",
                        "no longer",
                        "Appendix: the answers")
                .contains("Since the assessment of 31 January 2029, the overall level went from Standardized (33%)"
                        + " to Basic (0%); 0 capabilities moved up, 1 down and 0 stayed the same.");
    }

    @Test
    void a_tenants_logo_is_on_the_cover_and_an_accent_must_be_a_colour() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED, PROSPECT, true);

        PdfInspection.Result pdf = PdfInspection.inspect(
                CustomerReportDocument.pdf(report, null, Branding.of(png.toByteArray(), "#0a7d3c"), UTC, TODAY),
                folder);

        assertThat(pdf.imageCount()).isEqualTo(1);
        assertThatThrownBy(() -> Branding.of(null, "red; } body { display: none"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Branding.of("<svg/>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] pdf(ResultReport report) {
        return CustomerReportDocument.pdf(report, null, Branding.NONE, UTC, TODAY);
    }

    /** The text with every run of white space (line ends included) as one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String miniIoJson() throws IOException {
        try (InputStream in =
                CustomerReportDocumentTest.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
