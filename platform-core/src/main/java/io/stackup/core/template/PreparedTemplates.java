package io.stackup.core.template;

import io.stackup.core.template.repository.TemplateRepository.Revision;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Templates parsed and prepared for scoring, kept in memory, keyed by tenant and id so one tenant can never be handed
 * another's entry. A published version never changes, so its entry never goes stale and is served without asking the
 * database. A draft's entry remembers the lock version it was made from and is used only while the draft still has
 * it. Holds the {@value #CAPACITY} most recently used.
 */
final class PreparedTemplates {

    static final int CAPACITY = 256;

    private record Key(TenantId tenant, TemplateId id) {}

    private record Cached(Revision revision, PreparedTemplate prepared) {}

    private final Map<Key, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The prepared published template, or null when it is not cached (or is not published). */
    synchronized @Nullable PreparedTemplate published(TenantId tenant, TemplateId id) {
        Cached entry = entries.get(new Key(tenant, id));
        return entry != null && entry.revision().status() == TemplateStatus.PUBLISHED ? entry.prepared() : null;
    }

    /** The template prepared at the given revision, loading it when the cached copy is of another revision. */
    PreparedTemplate get(TenantId tenant, TemplateId id, Revision revision, Supplier<PreparedTemplate> load) {
        Key key = new Key(tenant, id);
        synchronized (this) {
            Cached entry = entries.get(key);
            if (entry != null && entry.revision().equals(revision)) {
                return entry.prepared();
            }
        }
        // Prepared outside the lock: a large template takes tens of milliseconds to parse and must not hold up others.
        PreparedTemplate prepared = load.get();
        synchronized (this) {
            entries.put(key, new Cached(revision, prepared));
        }
        return prepared;
    }
}
