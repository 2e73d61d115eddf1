package io.stackup.ui.result;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.report.RadarChart;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.ScaleLevel;
import org.jspecify.annotations.Nullable;

/**
 * A result as a page: the profile (overall level, radar of the areas against their targets, each area's capabilities as
 * ladders), every capability with its evidence, the roadmap and, for the partner's own people, the qualification. Every
 * number is the {@link ResultReport}'s, formatted as {@link ReportNumbers} does for the PDF, so screen and report agree.
 */
public class ResultPage extends Div {

    /**
     * What a page shows beyond what the respondent sees.
     *
     * @param internals whether the partner's internals are shown: the lead qualification, and the evidence (which
     *     answer gave which level: the scoring model itself)
     * @param targets changes a capability's target, or {@code null} when the reader may not
     */
    public record Options(boolean internals, @Nullable TargetChange targets) {

        /** The respondent's own page: no internals, no what-if. */
        public static Options forRespondent() {
            return new Options(false, null);
        }
    }

    /** Sets a capability's target for this interview, as a what-if; the page is drawn again by its owner. */
    @FunctionalInterface
    public interface TargetChange {
        void change(String capabilityKey, ScaleLevel target);
    }

    public ResultPage(ResultReport report, Options options) {
        setId("result-page");
        addClassName("stackup-result");
        if (!report.complete()) {
            Paragraph preview = new Paragraph(getTranslation("result.preview"));
            preview.setId("result-preview");
            preview.addClassName("stackup-result-preview");
            add(preview);
        }
        add(profile(report));
        add(new CapabilitiesSection(report, options.internals(), options.targets()));
        add(new RoadmapSection(report));
        if (options.internals()) {
            add(new QualificationSection(report));
        }
    }

    private Div profile(ResultReport report) {
        Div profile = new Div();
        profile.setId("result-profile");
        profile.addClassName("stackup-section");
        profile.add(new H3(getTranslation("result.profile")));
        ScaleLevel level = report.overall().level();
        Span overall = new Span(getTranslation(
                "result.overall",
                level == null ? getTranslation("result.not-assessed") : level.name(),
                ReportNumbers.percent(report.overall().score())));
        overall.setId("result-overall");
        overall.addClassName("stackup-result-overall");
        profile.add(overall);
        Div radar = new Div();
        radar.setId("result-radar");
        radar.addClassName("stackup-chart");
        radar.getElement()
                .setProperty(
                        "innerHTML",
                        RadarChart.svg(
                                report,
                                new RadarChart.Words(
                                        getTranslation("result.radar.title"),
                                        getTranslation("result.radar.current"),
                                        getTranslation("result.radar.target"),
                                        getTranslation("result.not-assessed"))));
        profile.add(radar);
        profile.add(new AreaLadders(report));
        return profile;
    }
}
