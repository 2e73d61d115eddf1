package io.stackup.ui.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** A full page that explains a state the user cannot work in, and always offers a way out. */
abstract class NoticePage extends Div {

    protected final Div body = new Div();

    private final Paragraph text = new Paragraph();

    NoticePage(String id, String titleKey, AuthenticationContext authentication) {
        setId(id);
        addClassName("stackup-notice-page");
        H2 heading = new H2(getTranslation(titleKey));
        heading.setId("notice-title");
        text.setId("notice-text");
        Button logout = new Button(
                getTranslation("shell.logout"),
                VaadinIcon.SIGN_OUT.create(),
                e -> Logout.start(e.getSource(), authentication));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        body.add(heading, text);
        add(body, logout);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Logout.install(event.getUI());
    }

    protected void setExplanation(String explanation) {
        text.setText(explanation);
    }

    protected void addAction(Component action) {
        body.add(action);
    }
}
