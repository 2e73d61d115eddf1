package io.stackup.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;

/**
 * The frame of the anonymous pages: the tenant's name as the only branding, no menu and nothing of the signed-in
 * application. Also the one "not active" page, the same whether a link is unknown, off or expired.
 */
abstract class PublicPage extends Div {

    protected final Div content = new Div();

    PublicPage(String id) {
        setId(id);
        addClassName("stackup-public-page");
        getStyle()
                .set("max-width", "48rem")
                .set("margin", "0 auto")
                .set("padding", "var(--lumo-space-l)")
                .set("box-sizing", "border-box");
        add(content);
    }

    protected void brand(String tenantName) {
        H1 brand = new H1(tenantName);
        brand.setId("public-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-bottom", "0");
        content.add(brand);
    }

    protected void inactive() {
        content.removeAll();
        H2 title = new H2(getTranslation("public.inactive.title"));
        title.setId("link-inactive");
        content.add(title, new Paragraph(getTranslation("public.inactive.text")));
    }

    protected void notice(String id, String text) {
        content.removeAll();
        Paragraph p = new Paragraph(text);
        p.setId(id);
        content.add(p);
    }

    /** The visitor's address, for the rate limits. */
    static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}
