package io.stackup.core.report.customer;

import io.stackup.core.report.Comparison;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.ResultReport.ScaleLevel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The executive summary in plain words, made from the report's numbers only: where the prospect stands overall, how
 * much was assessed, the largest gaps by name, the strongest and the weakest area, what the roadmap asks (and how much
 * of it costs nothing), and, on a re-assessment, what moved. The lead qualification is the partner's business and is
 * never mentioned.
 */
final class ExecutiveSummary {

    /** How many of the largest gaps the summary names. */
    static final int GAPS_NAMED = 3;

    private ExecutiveSummary() {}

    /** The summary's sentences, in reading order; never empty. */
    static List<String> sentences(ResultReport report, @Nullable Comparison comparison, ZoneId zone) {
        List<String> sentences = new ArrayList<>();
        sentences.add(overall(report));
        List<CapabilityReport> capabilities = capabilities(report);
        long assessed = capabilities.stream().filter(c -> c.level() != null).count();
        if (assessed > 0) {
            long reached = capabilities.stream()
                    .filter(c -> c.gap() != null && c.gap() == 0)
                    .count();
            sentences.add(Words.count((int) assessed, "capability", "capabilities") + " of " + capabilities.size()
                    + " " + (assessed == 1 ? "was" : "were") + " assessed: " + reached + " "
                    + (reached == 1 ? "has" : "have") + " reached " + (reached == 1 ? "its" : "their") + " target, "
                    + (assessed - reached) + " " + (assessed - reached == 1 ? "is" : "are") + " below it.");
            sentences.add(gaps(report));
        }
        String areas = areas(report);
        if (areas != null) {
            sentences.add(areas);
        }
        sentences.add(roadmap(report));
        if (comparison != null) {
            sentences.add(comparison(comparison, zone));
        }
        return sentences;
    }

    private static String overall(ResultReport report) {
        ScaleLevel level = report.overall().level();
        List<ScaleLevel> scale = report.levels();
        if (level == null) {
            return "None of the capabilities could be assessed from the answers given, so there is no overall level"
                    + " yet.";
        }
        return report.prospectName() + " stands at " + level.name() + " overall ("
                + ReportNumbers.percent(report.overall().score()) + "), on a scale of " + scale.size()
                + " levels from " + scale.getFirst().name() + " to "
                + scale.getLast().name() + ".";
    }

    private static String gaps(ResultReport report) {
        List<CapabilityReport> largest = Gaps.of(report).stream()
                .limit(GAPS_NAMED)
                .map(Gaps.Gap::capability)
                .toList();
        if (largest.isEmpty()) {
            return "Every assessed capability has reached its target.";
        }
        List<String> named = largest.stream()
                .map(c -> c.name() + " (" + Words.gap(c.gap()) + " below "
                        + c.target().name() + ")")
                .toList();
        return (largest.size() == 1 ? "The largest gap is in " : "The largest gaps are in ") + Words.list(named) + ".";
    }

    private static @Nullable String areas(ResultReport report) {
        List<AreaReport> assessed =
                report.areas().stream().filter(a -> a.score() != null).toList();
        if (assessed.size() < 2) {
            return null;
        }
        Comparator<AreaReport> byScore = Comparator.comparingDouble(a -> Objects.requireNonNull(a.score()));
        AreaReport strongest = assessed.stream().max(byScore).orElseThrow();
        AreaReport weakest = assessed.stream().min(byScore).orElseThrow();
        if (Objects.equals(strongest.score(), weakest.score())) {
            return "Every assessed area stands at " + ReportNumbers.percent(strongest.score()) + ".";
        }
        return "The strongest area is " + strongest.name() + " (" + ReportNumbers.percent(strongest.score())
                + "); the one with the most room to grow is " + weakest.name() + " ("
                + ReportNumbers.percent(weakest.score()) + ").";
    }

    private static String roadmap(ResultReport report) {
        List<RoadmapItem> items =
                report.roadmap().stream().flatMap(step -> step.items().stream()).toList();
        if (items.isEmpty()) {
            return "Nothing is on the roadmap: every assessed capability is at its target.";
        }
        long noSpend = items.stream().filter(RoadmapItem::noSpend).count();
        String steps =
                report.roadmap().size() == 1 ? "one step" : report.roadmap().size() + " steps";
        String free = noSpend == 0
                ? "none of them is a change of how things are done that needs no spending."
                : noSpend + " of them need" + (noSpend == 1 ? "s" : "") + " no spending (marked \"" + Words.NO_SPEND
                        + "\"): " + (noSpend == 1 ? "a change" : "changes")
                        + " of how things are done that can start at once.";
        return "The roadmap has " + Words.count(items.size(), "recommendation", "recommendations") + " in " + steps
                + "; " + free;
    }

    private static String comparison(Comparison comparison, ZoneId zone) {
        long up = comparison.capabilities().stream()
                .filter(c -> c.movement() == Comparison.Movement.UP)
                .count();
        long down = comparison.capabilities().stream()
                .filter(c -> c.movement() == Comparison.Movement.DOWN)
                .count();
        long same = comparison.capabilities().stream()
                .filter(c -> c.movement() == Comparison.Movement.SAME)
                .count();
        String since = comparison.before().completedAt() == null
                ? "Since the previous assessment"
                : "Since the assessment of " + Words.date(comparison.before().completedAt(), zone);
        return since + ", the overall level went from " + Words.standing(comparison.overallBefore(), true) + " to "
                + Words.standing(comparison.overallAfter(), true) + "; " + up + " "
                + (up == 1 ? "capability" : "capabilities")
                + " moved up, " + down + " down and " + same + " stayed the same.";
    }

    private static List<CapabilityReport> capabilities(ResultReport report) {
        return report.areas().stream().flatMap(a -> a.capabilities().stream()).toList();
    }
}
