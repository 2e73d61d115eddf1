package io.stackup.ui.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.settings.TenantLook;
import io.stackup.security.SelectedTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The header's tenant mark: the tenant's logo and name on its accent colour, from its settings. The colour is a CSS
 * custom property ({@code --stackup-accent}) set from the server on this element, so no stylesheet changes; white
 * text on it is readable, since the settings refuse colours too light for it. The logo is the re-encoded PNG, served
 * through a session-bound URL as {@code image/png} with {@code nosniff}. Refreshes when the settings change
 * ({@link Changed}, fired on the UI).
 */
public final class TenantBrand extends Div {

    /** The tenant's look changed in this UI: every brand on it reads it again. */
    public static final class Changed extends ComponentEvent<UI> {
        public Changed(UI ui) {
            super(ui, false);
        }
    }

    private final CurrentUser currentUser;
    private final SettingsService settings;
    private @Nullable Registration listening;

    TenantBrand(CurrentUser currentUser, SettingsService settings) {
        this.currentUser = currentUser;
        this.settings = settings;
        setId("tenant-brand");
        getStyle()
                .set("display", "flex")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--stackup-accent, transparent)");
        refresh();
    }

    /** Tells every brand of {@code ui} that the tenant's look changed. */
    public static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        listening = ComponentUtil.addListener(event.getUI(), Changed.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private void refresh() {
        removeAll();
        TenantLook look = look();
        String name = look != null
                ? look.name()
                : currentUser.tenant().map(SelectedTenant::name).orElse(getTranslation("app.name"));
        String accent = look == null ? null : look.accentColour();
        if (accent == null) {
            getStyle().remove("--stackup-accent").remove("color");
        } else {
            getStyle().set("--stackup-accent", accent).set("color", "white");
        }
        byte[] png = look == null ? null : look.logoPng();
        if (png != null) {
            Image logo = new Image(logo(png), getTranslation("shell.logo", name));
            logo.setId("tenant-logo");
            logo.getStyle().set("max-height", "2.25rem").set("max-width", "10rem");
            add(logo);
        }
        H1 title = new H1(name);
        title.setId("tenant-name");
        title.getStyle()
                .set("font-size", "var(--lumo-font-size-l)")
                .set("margin", "0")
                .set("color", "inherit");
        add(title);
    }

    private @Nullable TenantLook look() {
        if (currentUser.tenant().isEmpty()) {
            return null;
        }
        try {
            return settings.look();
        } catch (AccessDeniedException | IllegalStateException e) {
            return null;
        }
    }

    private static DownloadHandler logo(byte[] png) {
        return event -> {
            event.setContentType("image/png");
            event.setFileName("logo.png");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            event.getOutputStream().write(png);
        };
    }
}
