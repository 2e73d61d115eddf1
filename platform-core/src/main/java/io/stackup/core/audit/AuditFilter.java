package io.stackup.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which records of the audit log to read; every part optional, all given parts must hold.
 *
 * @param from records at or after this instant
 * @param to records before this instant
 * @param action one action ({@code lead.claimed}), or every action of a feature when it has no dot or ends with one
 *     ({@code lead} or {@code lead.})
 * @param actor the actor's id exactly, or a part of their label (name or e-mail), case-insensitive
 * @param subjectType with {@code subjectId}: the records of one thing ({@code lead} and its id)
 * @param search a part of the summary, case-insensitive; blank for none
 */
public record AuditFilter(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String action,
        @Nullable String actor,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String search) {

    /** What an action filter may be: a feature ({@code lead}, {@code lead.}) or one action ({@code lead.claimed}). */
    public static final Pattern ACTION = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)*\\.?");

    /** The most characters of the actor and search texts. */
    public static final int MAX_TEXT = 200;

    public AuditFilter {
        action = blankToNull(action);
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        search = Objects.requireNonNullElse(search, "").strip();
    }

    /** Every record. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, "");
    }

    public AuditFilter withPeriod(@Nullable Instant from, @Nullable Instant to) {
        return new AuditFilter(from, to, action, actor, subjectType, subjectId, search);
    }

    public AuditFilter withAction(@Nullable String action) {
        return new AuditFilter(from, to, action, actor, subjectType, subjectId, search);
    }

    public AuditFilter withActor(@Nullable String actor) {
        return new AuditFilter(from, to, action, actor, subjectType, subjectId, search);
    }

    public AuditFilter withSubject(@Nullable String type, @Nullable String id) {
        return new AuditFilter(from, to, action, actor, type, id, search);
    }

    public AuditFilter withSearch(@Nullable String search) {
        return new AuditFilter(from, to, action, actor, subjectType, subjectId, Objects.requireNonNullElse(search, ""));
    }

    /** The feature an action filter names ({@code lead} for {@code lead} or {@code lead.}); null for one action. */
    public @Nullable String feature() {
        if (action == null) {
            return null;
        }
        if (action.endsWith(".")) {
            return action.substring(0, action.length() - 1);
        }
        return action.indexOf('.') < 0 ? action : null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
