package io.stackup.ui.shell;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's service lookup, remembering which services are not there.
 *
 * <p>Vaadin asks its lookup for an optional service on every call from the browser into a {@code @ClientCallable} and
 * for every argument (the Polymer template support, which this application does not have), and the lookup answers
 * "none" only after asking Java's {@code ServiceLoader}, which searches every jar of the application for the service's
 * file each time: 8 % of the app's CPU per answer in conversation mode (bench/README.md, "Conversation mode under
 * load"). Services do not appear in a running application (the jars and the Spring singletons are fixed at start), so a
 * service found missing once is missing for good; a service found is looked up again each time, as before, so
 * prototype beans stay prototypes.
 */
final class AbsenceCachingLookup implements Lookup {

    private final Lookup lookup;
    private final Map<Class<?>, Boolean> absent = new ConcurrentHashMap<>();

    AbsenceCachingLookup(Lookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public <T> @Nullable T lookup(Class<T> serviceClass) {
        if (absent.containsKey(serviceClass)) {
            return null;
        }
        T service = lookup.lookup(serviceClass);
        if (service == null) {
            absent.put(serviceClass, Boolean.TRUE);
        }
        return service;
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> serviceClass) {
        return lookup.lookupAll(serviceClass);
    }

    /**
     * Puts the caching lookup in place of Vaadin's own, once, at start. Vaadin's context refuses to replace its lookup
     * ({@code VaadinServletContext.setAttribute} guards against a second one being set up by mistake), so the servlet
     * context attribute it reads the lookup from is replaced directly; if a later Vaadin reads it from elsewhere, the
     * lookup is simply not cached, which a warning says.
     */
    @Component
    static final class Installer implements VaadinServiceInitListener {

        private static final Logger log = LoggerFactory.getLogger(Installer.class);

        @Override
        public void serviceInit(ServiceInitEvent event) {
            if (!(event.getSource().getContext() instanceof VaadinServletContext context)) {
                return;
            }
            Lookup lookup = context.getAttribute(Lookup.class);
            if (lookup == null || lookup instanceof AbsenceCachingLookup) {
                return;
            }
            context.getContext().setAttribute(Lookup.class.getName(), new AbsenceCachingLookup(lookup));
            if (!(context.getAttribute(Lookup.class) instanceof AbsenceCachingLookup)) {
                log.warn("Vaadin's lookup could not be replaced; optional services are looked up on every call");
            }
        }
    }
}
