package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.prospect.ProspectId;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, and texts no spreadsheet runs as formulas. */
class LeadCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_with_their_quotes_doubled() {
        assertThat(LeadCsv.text("Acme")).isEqualTo("Acme");
        assertThat(LeadCsv.text("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(LeadCsv.text("The \"best\" one")).isEqualTo("\"The \"\"best\"\" one\"");
        assertThat(LeadCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LeadCsv.text("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(LeadCsv.text(null)).isEmpty();
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertThat(LeadCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(LeadCsv.text("+1")).isEqualTo("'+1");
        assertThat(LeadCsv.text("-2")).isEqualTo("'-2");
        assertThat(LeadCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LeadCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(LeadCsv.text("a=b")).as("only a leading sign counts").isEqualTo("a=b");
    }

    @Test
    void a_row_writes_numbers_as_numbers_and_lists_joined_in_one_field() {
        StringWriter out = new StringWriter();
        LeadCsv csv = new LeadCsv(out);
        UUID id = new UUID(0, 1);
        Lead lead = new Lead(
                new LeadId(id),
                new InterviewId(new UUID(0, 2)),
                new ProspectId(new UUID(0, 3)),
                "-Acme, Inc.",
                LeadSource.SELF,
                LeadStatus.QUALIFIED,
                -1.5,
                true,
                List.of("budget", 1),
                List.of(new AreaGap("iam", 4), new AreaGap("backup", 2)),
                List.of("Directory Rollout", "Backup"),
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:05Z"),
                false,
                0);

        csv.header();
        csv.row(new LeadSummary(lead, true));

        assertThat(out.toString())
                .isEqualTo(String.join(",", LeadCsv.HEADER) + "\r\n" + id
                        + ",\"'-Acme, Inc.\",qualified,-1.5,true,self,budget; 1,iam: 4; backup: 2,"
                        + "Directory Rollout; Backup,,,2026-01-02T03:04:05Z,2026-01-02T03:04:05Z,false,true\r\n");
    }
}
