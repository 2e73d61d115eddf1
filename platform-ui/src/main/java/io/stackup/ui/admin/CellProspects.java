package io.stackup.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.stackup.core.dashboard.DashboardService;
import io.stackup.core.dashboard.HeatmapProspect;
import io.stackup.ui.shell.UserFormats;
import java.util.List;

/**
 * The prospects behind the chosen heatmap cell, each a link to its page with the date of the interview that put it
 * there; a note when the list is cut at {@value DashboardService#CELL_PROSPECTS}.
 */
class CellProspects extends Div {

    CellProspects(List<HeatmapProspect> prospects, String area, String level) {
        setId("overview-cell-prospects");
        add(new H4(getTranslation("admin.heatmap.prospects", area, level)));
        if (prospects.isEmpty()) {
            add(new Paragraph(getTranslation("admin.heatmap.prospects.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HeatmapProspect p : prospects) {
            Anchor link = new Anchor("prospects/" + p.id().value(), p.name());
            link.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(link);
            item.add(" · "
                    + UserFormats.date(
                            p.completedAt().atZone(UserFormats.zone()).toLocalDate()));
            list.add(item);
        }
        add(list);
        if (prospects.size() >= DashboardService.CELL_PROSPECTS) {
            add(new Paragraph(getTranslation("admin.heatmap.prospects.more", DashboardService.CELL_PROSPECTS)));
        }
    }
}
