package io.stackup.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A role's landing page while it has nothing to show yet: what will appear here, and how it gets there. */
public abstract class EmptyStatePage extends Div implements HasDynamicTitle {

    private final String titleKey;

    protected EmptyStatePage(String id, String titleKey, String emptyStateKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("stackup-page");
        H2 heading = new H2(getTranslation(titleKey));
        Paragraph empty = new Paragraph(getTranslation(emptyStateKey));
        empty.addClassName("stackup-empty-state");
        empty.setId("empty-state");
        add(heading, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
