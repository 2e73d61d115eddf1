package io.stackup.core.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.stackup.core.template.repository.TemplateRepository.Revision;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.tenancy.TenantId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Templates parsed and prepared for scoring, kept in memory, keyed by tenant and id so one tenant can never be handed
 * another's entry. A published version never changes, so its entry never goes stale and is served without asking the
 * database. A draft's entry remembers the lock version it was made from and is used only while the draft still has
 * it. A Caffeine cache bounded to {@value #CAPACITY} entries, evicting the least valuable (recency and frequency).
 */
final class PreparedTemplates {

    static final int CAPACITY = 256;

    private record Key(TenantId tenant, TemplateId id) {}

    private record Cached(Revision revision, PreparedTemplate prepared) {}

    private final Cache<Key, Cached> entries;

    PreparedTemplates() {
        this(CAPACITY);
    }

    PreparedTemplates(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The prepared published template, or null when it is not cached (or is not published). */
    @Nullable
    PreparedTemplate published(TenantId tenant, TemplateId id) {
        Cached entry = entries.getIfPresent(new Key(tenant, id));
        return entry != null && entry.revision().status() == TemplateStatus.PUBLISHED ? entry.prepared() : null;
    }

    /**
     * The template prepared at the given revision, loading it when the cached copy is of another revision. The load
     * runs outside the cache's locks: a large template takes tens of milliseconds to parse and must not hold up
     * others. Two callers missing at once may both load; the later copy stays, and both are equal.
     */
    PreparedTemplate get(TenantId tenant, TemplateId id, Revision revision, Supplier<PreparedTemplate> load) {
        Key key = new Key(tenant, id);
        Cached entry = entries.getIfPresent(key);
        if (entry != null && entry.revision().equals(revision)) {
            return entry.prepared();
        }
        PreparedTemplate prepared = load.get();
        entries.put(key, new Cached(revision, prepared));
        return prepared;
    }

    /** How many entries are held now (after pending evictions); for tests. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
