package io.stackup.core.report.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.report.Reports;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.template.Answer;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The executive summary says the report's numbers in plain words, and nothing of the lead qualification. */
class ExecutiveSummaryTest {

    @Test
    void the_specs_small_example_reads_as_plain_sentences() {
        ResultReport report = Reports.report(
                Reports.miniIo(),
                Map.of("has-dir", new Answer.Choice("no", null), "budget", new Answer.Choice("yes", null)),
                Map.of(),
                Notes.OMITTED);

        assertThat(ExecutiveSummary.sentences(report, null, ZoneOffset.UTC))
                .containsExactly(
                        "Acme <Retail> & Co stands at Basic overall (0%), on a scale of 4 levels from Basic to"
                                + " Dynamic.",
                        "1 capability of 1 was assessed: 0 have reached their target, 1 is below it.",
                        "The largest gap is in Directory services (2 levels below Rationalized).",
                        "The roadmap has 2 recommendations in one step; 1 of them needs no spending (marked \"No"
                                + " spend\"): a change of how things are done that can start at once.");
    }

    @Test
    void areas_are_named_strongest_and_weakest_and_the_largest_gaps_first() {
        Map<String, Answer> answers = new java.util.HashMap<>(Map.of(
                "q-backup", new Answer.Choice("weekly", null),
                "q-restore", new Answer.Number(2, null),
                "q-mon", new Answer.Choices(java.util.List.of("cpu"), null)));
        ResultReport report = Reports.report(Reports.weighted(), answers, Map.of(), Notes.OMITTED);

        assertThat(ExecutiveSummary.sentences(report, null, ZoneOffset.UTC))
                .noneMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("qualif"))
                .anyMatch(s -> s.startsWith("2 capabilities of 3 were assessed: "))
                .anyMatch(s -> s.startsWith("The largest gaps are in "));
    }
}
