package io.stackup.ui.result;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.ScaleLevel;

/**
 * Each area's capabilities as ladders: one rung per level of the scale, the rungs up to the capability's level filled,
 * the target's rung outlined, and the same facts in words beside it (the ladder is decoration for those who read text;
 * its {@code aria-label} says it too). Filled versus outlined, not colour alone, so it survives grayscale print.
 */
class AreaLadders extends Div {

    AreaLadders(ResultReport report) {
        setId("result-ladders");
        addClassName("stackup-ladders");
        for (AreaReport area : report.areas()) {
            Div block = new Div();
            block.setId("ladder-area-" + area.key());
            block.addClassName("stackup-ladder-area");
            ScaleLevel level = area.level();
            block.add(new H4(area.name() + " · "
                    + (level == null ? getTranslation("result.not-assessed") : level.name()) + " · "
                    + ReportNumbers.percent(area.score())));
            for (CapabilityReport capability : area.capabilities()) {
                block.add(row(report, capability));
            }
            add(block);
        }
    }

    private Div row(ResultReport report, CapabilityReport capability) {
        Div row = new Div();
        row.setId("ladder-" + capability.key());
        row.addClassName("stackup-ladder-row");
        Span name = new Span(capability.name());
        name.addClassName("stackup-ladder-name");
        Div rungs = new Div();
        rungs.addClassName("stackup-rungs");
        ScaleLevel level = capability.level();
        for (ScaleLevel rung : report.levels()) {
            Span step = new Span(rung.name());
            step.addClassName("stackup-rung");
            if (level != null && rung.index() <= level.index()) {
                step.addClassName("reached");
            }
            if (rung.index() == capability.target().index()) {
                step.addClassName("target");
            }
            rungs.add(step);
        }
        String words = getTranslation(
                "result.ladder.words",
                capability.name(),
                level == null ? getTranslation("result.not-assessed") : level.name(),
                capability.target().name());
        rungs.getElement().setAttribute("role", "img");
        rungs.getElement().setAttribute("aria-label", words);
        row.add(name, rungs);
        return row;
    }
}
