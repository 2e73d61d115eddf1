package io.stackup.core.template;

import io.stackup.core.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Published templates, parsed and prepared for scoring, kept in memory: a published version never changes, so its
 * prepared form never goes stale. Keyed by tenant and id, so one tenant can never be handed another's entry. Holds the
 * {@value #CAPACITY} most recently used.
 */
final class PreparedTemplates {

    static final int CAPACITY = 256;

    private record Key(TenantId tenant, TemplateId id) {}

    private final Map<Key, PreparedTemplate> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PreparedTemplate> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized PreparedTemplate get(TenantId tenant, TemplateId id, Supplier<PreparedTemplate> load) {
        Key key = new Key(tenant, id);
        PreparedTemplate prepared = entries.get(key);
        if (prepared == null) {
            prepared = load.get();
            entries.put(key, prepared);
        }
        return prepared;
    }
}
