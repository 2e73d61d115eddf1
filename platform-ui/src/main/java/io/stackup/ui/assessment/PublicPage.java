package io.stackup.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.assessment.LinkNotActiveException;
import io.stackup.core.assessment.RateLimitedException;
import io.stackup.ui.shell.Failures;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The frame of the anonymous pages: the tenant's name as the only branding, no menu and nothing of the signed-in
 * application. Also the one "not active" page, the same whether a link is unknown, off or expired.
 */
abstract class PublicPage extends Div implements HasDynamicTitle {

    protected final Div content = new Div();
    private String title = "";

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

    /**
     * Shows what a public call returned, under the generic title until {@code show} names the page; an inactive link
     * gets the "not active" page and a rate limit its message instead.
     */
    protected <T> void load(Supplier<T> call, Consumer<T> show) {
        title = getTranslation("public.title");
        try {
            show.accept(call.get());
        } catch (LinkNotActiveException e) {
            inactive();
        } catch (RateLimitedException e) {
            notice("rate-limited", Failures.message(e));
        }
    }

    /** The browser tab's title: "template – tenant" once known. */
    protected void title(String templateName, String tenantName) {
        title = templateName + " – " + tenantName;
    }

    @Override
    public String getPageTitle() {
        return title;
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
