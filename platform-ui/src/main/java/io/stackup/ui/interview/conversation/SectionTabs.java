package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Div;
import io.stackup.ui.shell.Fragment;
import java.util.List;
import java.util.function.IntConsumer;
import org.jsoup.nodes.Element;

/**
 * The section tabs, each with its progress ("Identity · 2/3", marked done when complete): drawn as markup with one
 * click listener, so that a screen stays small on the server.
 */
class SectionTabs extends Div {

    private static final String TAPPED =
            "event.target.closest('[data-section]') ? event.target.closest('[data-section]').dataset.section : ''";

    /** @param chosen called with the index of the tapped section */
    SectionTabs(IntConsumer chosen) {
        setId("section-nav");
        addClassName("stackup-section-nav");
        getElement().setAttribute("role", "navigation");
        getElement()
                .addEventListener("click", e -> {
                    String index = e.getEventData().get(TAPPED).asString();
                    if (!index.isEmpty()) {
                        chosen.accept(Integer.parseInt(index));
                    }
                })
                .addEventData(TAPPED);
    }

    void show(List<ConversationState.SectionProgress> sections) {
        Fragment html = new Fragment();
        for (int i = 0; i < sections.size(); i++) {
            ConversationState.SectionProgress s = sections.get(i);
            Element tab = html.add("button")
                    .attr("type", "button")
                    .addClass("stackup-section-tab")
                    .id("section-" + s.key())
                    .attr("data-section", String.valueOf(i))
                    .text(s.title() + " · " + s.done() + "/" + s.shown());
            if (s.complete()) {
                tab.addClass("done");
            }
            if (s.current()) {
                tab.attr("aria-current", "step");
            }
        }
        getElement().setProperty("innerHTML", html.html());
    }
}
