package io.stackup.core.report.customer;

import io.stackup.core.report.Comparison;
import io.stackup.core.report.RadarChart;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.AnsweredQuestion;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.ResultReport.RoadmapStep;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.pdf.PdfDocuments;
import java.time.ZoneId;
import org.jsoup.nodes.Element;

/**
 * The customer report's sections after the cover, each appended to the document's body with jsoup's element API (every
 * name and answer is text, never markup): the profile (radar and the same numbers as a table), the ladders of each
 * area, the gaps, the roadmap, the comparison with the previous assessment and the appendix of answers. Names, levels
 * and percentages are written as the result screen writes them. Numbers go into tables; the roadmap and the answers,
 * which are sentences, are blocks of text that read (and extract) in order.
 */
final class Sections {

    private Sections() {}

    static void profile(Element body, ResultReport report) {
        body.appendElement("h2").addClass("page-break").text("Maturity profile");
        body.appendElement("p")
                .addClass("overall")
                .text("Overall: " + Words.level(report.overall().level()) + " ("
                        + ReportNumbers.percent(report.overall().score()) + ")");
        PdfDocuments.appendSvg(body.appendElement("figure").addClass("radar"), RadarChart.svg(report));
        body.appendElement("p")
                .addClass("muted")
                .text("The filled shape is where each area stands now; the dashed outline is where its targets put"
                        + " it. The same numbers:");
        Element rows = Tables.table(
                body, "areas", new String[] {"Area", "Level", "Score", "At target"}, new int[] {46, 22, 14, 18});
        for (AreaReport area : report.areas()) {
            Element row = Tables.row(rows, area.name(), Words.level(area.level()));
            row.appendElement("td").addClass("number").text(ReportNumbers.percent(area.score()));
            row.appendElement("td").addClass("number").text(ReportNumbers.percent(area.targetScore()));
        }
    }

    static void ladders(Element body, ResultReport report) {
        body.appendElement("h2").text("Capabilities by area");
        body.appendElement("p")
                .addClass("muted")
                .text("Each capability's ladder is filled up to the level it stands at; its target's rung is framed.");
        for (AreaReport area : report.areas()) {
            Element block = body.appendElement("div").addClass("area");
            block.appendElement("h3")
                    .text(area.name() + " · " + Words.level(area.level()) + " · "
                            + ReportNumbers.percent(area.score()));
            Element rows = Tables.table(
                    block,
                    "ladder",
                    new String[] {"Capability", "Level", "Score", "Target", "Gap", "Ladder"},
                    new int[] {31, 15, 9, 15, 12, 18});
            for (CapabilityReport capability : area.capabilities()) {
                Element row = Tables.row(rows, capability.name(), Words.level(capability.level()));
                row.appendElement("td").addClass("number").text(ReportNumbers.percent(capability.score()));
                row.appendElement("td").text(capability.target().name());
                row.appendElement("td").text(Words.gap(capability.gap()));
                rungs(row.appendElement("td"), report, capability);
            }
        }
    }

    /** The ladder as empty cells, one per level: filled up to the level, the target framed; text-free by design. */
    private static void rungs(Element cell, ResultReport report, CapabilityReport capability) {
        Element rungs = cell.appendElement("table").addClass("rungs").appendElement("tr");
        ScaleLevel level = capability.level();
        for (ScaleLevel rung : report.levels()) {
            Element step = rungs.appendElement("td");
            if (level != null && rung.index() <= level.index()) {
                step.addClass("reached");
            }
            if (rung.index() == capability.target().index()) {
                step.addClass("target");
            }
        }
    }

    static void gaps(Element body, ResultReport report) {
        body.appendElement("h2").text("Gaps");
        var gaps = Gaps.of(report);
        if (gaps.isEmpty()) {
            body.appendElement("p").text("No gaps: every assessed capability has reached its target.");
            return;
        }
        body.appendElement("p").text("The capabilities below their target, the largest gap first.");
        Element rows =
                Tables.table(body, "gaps", new String[] {"Capability", "Area", "Level", "Target", "Gap"}, new int[] {
                    32, 24, 16, 16, 12
                });
        for (Gaps.Gap gap : gaps) {
            CapabilityReport capability = gap.capability();
            Tables.row(
                    rows,
                    capability.name(),
                    gap.area().name(),
                    Words.standing(capability.level(), capability.score()),
                    capability.target().name(),
                    Words.gap(capability.gap()));
        }
    }

    static void roadmap(Element body, ResultReport report) {
        body.appendElement("h2").addClass("page-break").text("Roadmap");
        if (report.roadmap().isEmpty()) {
            body.appendElement("p").text("Nothing on the roadmap: every assessed capability is at its target.");
            return;
        }
        body.appendElement("p")
                .text("What lifts each capability to its next level, then to the one after. Changes marked \""
                        + Words.NO_SPEND + "\" are about how things are done and need no purchase; they come first"
                        + " within each step. Effort: S small, M medium, L large.");
        for (RoadmapStep step : report.roadmap()) {
            body.appendElement("h3")
                    .text(step.step() == 1 ? "Step 1: to the next level" : "Step " + step.step() + ": the level after");
            Element items = body.appendElement("ol").addClass("roadmap");
            for (RoadmapItem item : step.items()) {
                Element li = items.appendElement("li").addClass("item");
                Element title = li.appendElement("p").addClass("item-title");
                if (item.noSpend()) {
                    title.appendElement("span").addClass("no-spend").text(Words.NO_SPEND);
                    title.appendText(" ");
                }
                title.appendElement("b").text(item.title());
                String offering = item.offering() == null ? "" : " · offering: " + item.offering();
                li.appendElement("p")
                        .addClass("item-facts muted")
                        .text(item.capabilityName() + " → " + item.toLevel().name() + " · "
                                + item.kind().json() + " · effort "
                                + item.effort().name() + offering);
                if (item.description() != null) {
                    li.appendElement("p").addClass("item-description").text(item.description());
                }
            }
        }
    }

    static void comparison(Element body, Comparison comparison, ZoneId zone) {
        body.appendElement("h2").text("Since the last assessment");
        Comparison.Side before = comparison.before();
        String when = before.completedAt() == null ? "" : " of " + Words.date(before.completedAt(), zone);
        body.appendElement("p")
                .text("Compared with the assessment" + when + " (" + before.templateName() + " "
                        + before.templateVersion() + "). Overall: " + Words.standing(comparison.overallBefore(), true)
                        + " then, " + Words.standing(comparison.overallAfter(), true) + " now.");
        Element rows = Tables.table(
                body,
                "comparison",
                new String[] {"Capability", "Before", "Now", "Movement", "Still between it and the target"},
                new int[] {26, 18, 18, 14, 24});
        for (Comparison.CapabilityChange change : comparison.capabilities()) {
            String blocks = change.blockers().isEmpty()
                    ? (change.gapAfter() != null && change.gapAfter() == 0 ? Words.TARGET_REACHED : ReportNumbers.NONE)
                    : String.join("; ", change.blockers());
            Tables.row(
                    rows,
                    change.name(),
                    Words.standing(change.before(), change.presence() != Comparison.Presence.ONLY_AFTER),
                    Words.standing(change.after(), change.presence() != Comparison.Presence.ONLY_BEFORE),
                    Words.movement(change),
                    blocks);
        }
    }

    static void appendix(Element body, ResultReport report) {
        body.appendElement("h2").addClass("page-break").text("Appendix: the answers");
        boolean notes = report.notes() == ResultReport.Notes.INCLUDED;
        body.appendElement("p")
                .text(
                        notes
                                ? "Every answer given in the interview, with the interviewer's notes."
                                : "Every answer given in the interview.");
        if (report.answers().isEmpty()) {
            body.appendElement("p").text("No question has been answered yet.");
            return;
        }
        String section = null;
        for (AnsweredQuestion answer : report.answers()) {
            if (!answer.section().equals(section)) {
                section = answer.section();
                body.appendElement("h3").text(section);
            }
            Element block = body.appendElement("div").addClass("answer");
            block.appendElement("p").addClass("question").text(answer.questionText());
            block.appendElement("p")
                    .addClass("given")
                    .text("Answer: " + (answer.answer().isEmpty() ? "not answered" : answer.answer()));
            if (answer.note() != null) {
                block.appendElement("p").addClass("note").text("Note: " + answer.note());
            }
        }
    }
}
