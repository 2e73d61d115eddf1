package io.stackup.ui.lead;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import io.stackup.core.lead.AreaGap;
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadStatus;
import io.stackup.ui.shell.UserFormats;
import java.text.NumberFormat;
import java.util.Map;
import java.util.stream.Collectors;

/** How a lead is written on every lead screen: its status badge, its score, and why it qualified. */
final class LeadColumns {

    private LeadColumns() {}

    /** A status as a badge: won green, lost and disqualified red, the queue plain, the rest contrast. */
    static Span badge(LeadStatus status) {
        Span badge = new Span(I18NProvider.translate("lead.status." + status.json()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case QUALIFIED -> "badge";
                            case WON -> "badge success";
                            case LOST, DISQUALIFIED -> "badge error";
                            case CLAIMED, CONTACTED, PROPOSAL -> "badge contrast";
                        });
        badge.addClassName("stackup-status");
        badge.getElement().setAttribute("data-status", status.json());
        return badge;
    }

    static String score(Lead lead) {
        return NumberFormat.getNumberInstance(UserFormats.locale()).format(lead.score());
    }

    /** The rules that held, by label (or number); "–" when none did. */
    static String rules(Lead lead) {
        return lead.rules().isEmpty()
                ? "–"
                : lead.rules().stream()
                        .map(r -> r instanceof Integer i ? "#" + (i + 1) : String.valueOf(r))
                        .collect(Collectors.joining(", "));
    }

    /** The areas with a gap, biggest first, by name where the tenant's templates know it. */
    static String gaps(Lead lead, Map<String, String> areaNames, int most) {
        if (lead.areaGaps().isEmpty()) {
            return "–";
        }
        return lead.areaGaps().stream()
                .sorted((a, b) -> Integer.compare(b.gap(), a.gap()))
                .limit(most)
                .map(g -> gap(g, areaNames))
                .collect(Collectors.joining(", "));
    }

    private static String gap(AreaGap gap, Map<String, String> areaNames) {
        return areaNames.getOrDefault(gap.area(), gap.area()) + " (" + gap.gap() + ")";
    }

    static String offerings(Lead lead) {
        return lead.offerings().isEmpty() ? "–" : String.join(", ", lead.offerings());
    }

    /** Opens the lead page. */
    static void open(Lead lead) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate("leads/" + lead.id());
        }
    }
}
