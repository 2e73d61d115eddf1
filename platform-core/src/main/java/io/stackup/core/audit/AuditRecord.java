package io.stackup.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record of the audit log as an admin reads it.
 *
 * @param actorId who made the change: a Keycloak user id, {@code system}, or the id of someone who is no member (a
 *     public link's respondent is {@code self-assessment:<link>})
 * @param actorLabel how they were named when the change was made ("Name (email)")
 * @param details the values before and after, the reason, as the change recorded them; never null
 */
public record AuditRecord(
        UUID id,
        Instant at,
        String actorId,
        String actorLabel,
        String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String summary,
        Map<String, String> details) {

    public AuditRecord {
        details = Map.copyOf(details);
    }

    /** The feature the action belongs to: {@code lead} of {@code lead.claimed}. */
    public String feature() {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }
}
