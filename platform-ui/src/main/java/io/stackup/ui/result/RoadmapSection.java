package io.stackup.ui.result;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.OfferingSummary;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.ResultReport.RoadmapStep;

/**
 * The roadmap in the spec's order, grouped by step (what lifts each capability to its next level, then the one after),
 * no-spend process changes marked and first within a step; then the partner's offerings the roadmap implies, which is
 * what an expert can propose.
 */
class RoadmapSection extends Div {

    RoadmapSection(ResultReport report) {
        setId("result-roadmap");
        addClassName("stackup-section");
        add(new H3(getTranslation("result.roadmap")));
        if (report.roadmap().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("result.roadmap.none"));
            none.setId("roadmap-none");
            add(none);
        }
        for (RoadmapStep step : report.roadmap()) {
            Div block = new Div();
            block.setId("roadmap-step-" + step.step());
            block.add(new H4(getTranslation(step.step() == 1 ? "result.step.next" : "result.step.later", step.step())));
            OrderedList items = new OrderedList();
            step.items().forEach(item -> items.add(item(item)));
            block.add(items);
            add(block);
        }
        if (!report.offerings().isEmpty()) {
            add(offerings(report));
        }
    }

    private ListItem item(RoadmapItem item) {
        ListItem li = new ListItem();
        li.setId("item-" + item.capability() + "-" + item.recommendation());
        li.addClassName("stackup-roadmap-item");
        if (item.noSpend()) {
            Span badge = new Span(getTranslation("result.no-spend"));
            badge.getElement().getThemeList().add("badge success");
            badge.addClassName("stackup-no-spend");
            li.add(badge);
        }
        Span title = new Span(item.title());
        title.addClassName("stackup-roadmap-title");
        li.add(title);
        li.add(new Span(getTranslation(
                "result.item.facts",
                item.capabilityName(),
                item.toLevel().name(),
                getTranslation("kind." + item.kind().json()),
                item.effort().name())));
        if (item.offering() != null) {
            li.add(new Span(getTranslation("result.item.offering", item.offering())));
        }
        if (item.description() != null) {
            Paragraph description = new Paragraph(item.description());
            description.addClassName("stackup-roadmap-description");
            li.add(description);
        }
        return li;
    }

    private Div offerings(ResultReport report) {
        Div block = new Div();
        block.setId("result-offerings");
        block.add(new H4(getTranslation("result.offerings")));
        UnorderedList list = new UnorderedList();
        for (OfferingSummary offering : report.offerings()) {
            String capabilities = String.join(
                    ", ",
                    offering.capabilities().stream()
                            .map(ResultReport.CapabilityRef::name)
                            .toList());
            list.add(new ListItem(getTranslation(
                    "result.offering", offering.offering(), offering.items().size(), capabilities)));
        }
        block.add(list);
        return block;
    }
}
