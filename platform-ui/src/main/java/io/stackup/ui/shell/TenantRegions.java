package io.stackup.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.settings.TenantRegion;
import io.stackup.core.tenancy.TenantContext;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bound tenant's time zone and default language for the UI, read from its settings at most once per request (kept
 * on the request, so a grid of a hundred rows reads it once, and an admin's change shows from the next request), and
 * the UI's language chosen from it ({@link Languages}) when a UI opens and at every navigation. Outside a tenant (the
 * operators' views, sign-up), or when the settings cannot be read (PostgreSQL unreachable, no role in the tenant), there
 * is none, and {@link UserFormats} falls back to the browser's zone.
 */
@Component
class TenantRegions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(TenantRegions.class);
    private static final String ATTRIBUTE = TenantRegions.class.getName();

    private final SettingsService settings;

    TenantRegions(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            chooseLanguage(ui);
            ui.addBeforeEnterListener(enter -> chooseLanguage(enter.getUI()));
        });
    }

    /** The bound tenant's region, read once per request; empty outside a tenant or when it cannot be read. */
    @SuppressWarnings("unchecked")
    Optional<TenantRegion> current() {
        if (TenantContext.currentTenant().isEmpty()) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof Optional<?> cached) {
            return (Optional<TenantRegion>) cached;
        }
        Optional<TenantRegion> region;
        try {
            region = Optional.of(settings.region());
        } catch (RuntimeException e) {
            log.debug("The tenant's time zone and language are not readable; the browser's are used", e);
            region = Optional.empty();
        }
        if (request != null) {
            request.setAttribute(ATTRIBUTE, region);
        }
        return region;
    }

    private void chooseLanguage(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        List<Locale> browser = request == null ? List.of() : Collections.list(request.getLocales());
        Locale fallback = current().orElse(TenantRegion.DEFAULT).language();
        Locale chosen = Languages.resolve(browser, SettingsService.LANGUAGES, fallback);
        if (!chosen.equals(ui.getLocale())) {
            ui.setLocale(chosen);
        }
    }
}
