package io.stackup.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change to record: an {@code action} named {@code feature.verb} ({@code lead.status_changed},
 * {@code member.roles_changed}, …), the thing changed ({@code subjectType} and {@code subjectId}, e.g. {@code lead}
 * and its id), a one-line {@code summary} a person reads in the log, and {@code details} (the values before and after,
 * a reason) as plain strings.
 */
public record AuditEntry(
        String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String summary,
        Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(summary, "summary");
        details = Map.copyOf(details);
    }

    /** An entry about {@code subjectType} {@code subjectId}, without details yet. */
    public static AuditEntry of(String action, String subjectType, Object subjectId, String summary) {
        return new AuditEntry(action, subjectType, String.valueOf(subjectId), summary, Map.of());
    }

    /** An entry about the tenant as a whole (its settings, its status). */
    public static AuditEntry ofTenant(String action, String summary) {
        return new AuditEntry(action, null, null, summary, Map.of());
    }

    /** This entry with one more detail; a null value is written as absent. */
    public AuditEntry with(String key, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEntry(action, subjectType, subjectId, summary, more);
    }
}
