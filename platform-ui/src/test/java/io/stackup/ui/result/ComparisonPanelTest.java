package io.stackup.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.Comparison.CapabilityChange;
import io.stackup.core.report.Comparison.Movement;
import io.stackup.core.report.Comparison.Presence;
import io.stackup.core.report.Comparison.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison panel as a component tree, without a browser or a server: a row per capability saying in words and a
 * sign how it moved, and which capability exists in one version only.
 */
class ComparisonPanelTest extends BrowserlessTest {

    static final Standing NOTHING = new Standing(null, null, null);
    static final Standing BASIC = new Standing("basic", "Basic", 0.0);
    static final Standing STANDARDIZED = new Standing("standardized", "Standardized", 1.0 / 3);

    ComparisonPanel panel;

    /** No views: the panel is shown on its own, so no route (nor the Spring beans one needs) is registered. */
    @Override
    protected Routes discoverRoutes() {
        return new Routes(Set.of(), Set.of(), Set.of(), true);
    }

    @BeforeEach
    void a_comparison_of_version_1_with_version_2() {
        UI.getCurrent().setLocale(Locale.UK);
        Comparison comparison = new Comparison(
                new Comparison.Side(
                        new InterviewId(UUID.randomUUID()), "Mini IO", "1.0.0", Instant.parse("2026-03-12T10:00:00Z")),
                new Comparison.Side(
                        new InterviewId(UUID.randomUUID()), "Mini IO", "2.0.0", Instant.parse("2026-09-01T10:00:00Z")),
                BASIC,
                STANDARDIZED,
                List.of(
                        change(
                                "directory",
                                Presence.BOTH,
                                BASIC,
                                STANDARDIZED,
                                Movement.UP,
                                List.of("Written joiner/leaver process", "One directory for authentication")),
                        change("backup", Presence.BOTH, STANDARDIZED, BASIC, Movement.DOWN, List.of()),
                        change("logging", Presence.BOTH, BASIC, BASIC, Movement.SAME, List.of()),
                        change("audit", Presence.BOTH, BASIC, NOTHING, Movement.NOT_COMPARABLE, List.of()),
                        change("mfa", Presence.ONLY_AFTER, NOTHING, NOTHING, Movement.NOT_COMPARABLE, List.of()),
                        change("legacy", Presence.ONLY_BEFORE, BASIC, NOTHING, Movement.NOT_COMPARABLE, List.of())));
        panel = new ComparisonPanel(comparison);
        UI.getCurrent().add(panel);
    }

    @Test
    void the_heading_names_the_earlier_interview_and_the_overall_level_before_and_after() {
        assertThat($(H3.class).id("comparison-heading").getText())
                .isEqualTo("Compared with 12 Mar 2026 (Mini IO 1.0.0)");
        Paragraph overall = $(Paragraph.class).id("comparison-overall");
        assertThat(overall.getElement().getTextRecursively())
                .isEqualTo("Overall: Basic 0% → Standardized 33% ↑ moved up");
        assertThat(overall.getElement().getAttribute("data-movement")).isEqualTo("up");
    }

    @Test
    void a_capability_that_moved_says_how_in_words_and_a_sign_with_what_still_blocks_it() {
        assertThat(cells("directory"))
                .containsExactly(
                        "Identity and Access",
                        "Directory servicesIdentity and Access",
                        "Basic 0%",
                        "Standardized 33%",
                        "↑ moved up",
                        "Rationalized",
                        "1",
                        "Written joiner/leaver process; One directory for authentication");
        assertThat(cells("backup").get(4)).isEqualTo("↓ moved down");
        assertThat(cells("logging").get(4)).isEqualTo("= same");
        assertThat(cells("audit").subList(3, 5)).containsExactly("not assessed", "– not assessed");
        assertThat(row("directory").getElement().getAttribute("data-movement")).isEqualTo("up");
    }

    @Test
    void a_capability_of_one_version_only_is_shown_as_such() {
        assertThat(cells("mfa").subList(2, 5)).containsExactly("–", "not assessed", "+ only in version 2.0.0");
        assertThat(cells("legacy").subList(2, 5)).containsExactly("Basic 0%", "–", "− only in version 1.0.0");
        assertThat(row("legacy").getElement().getAttribute("data-presence")).isEqualTo("only_before");
        assertThat(row("mfa").getElement().getAttribute("data-presence")).isEqualTo("only_after");
    }

    @Test
    void every_capability_has_its_row_in_the_comparisons_order_under_one_header() {
        assertThat($(NativeTableRow.class).all())
                .extracting(r -> r.getId().orElse("header"))
                .containsExactly(
                        "header",
                        "comparison-row-directory",
                        "comparison-row-backup",
                        "comparison-row-logging",
                        "comparison-row-audit",
                        "comparison-row-mfa",
                        "comparison-row-legacy");
        assertThat(row("directory").getDataCells().get(0).getClassNames()).contains("stackup-comparison-optional");
    }

    private NativeTableRow row(String key) {
        return $(NativeTableRow.class).id("comparison-row-" + key);
    }

    private List<String> cells(String key) {
        return row(key).getDataCells().stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private static CapabilityChange change(
            String key, Presence presence, Standing before, Standing after, Movement movement, List<String> blockers) {
        boolean inAfter = presence != Presence.ONLY_BEFORE;
        return new CapabilityChange(
                key,
                key.equals("directory") ? "Directory services" : key,
                "Identity and Access",
                presence,
                before,
                after,
                movement,
                inAfter ? "rationalized" : null,
                inAfter ? "Rationalized" : null,
                inAfter && after.score() != null ? 1 : null,
                blockers);
    }
}
