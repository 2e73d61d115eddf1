package io.stackup.core.assessment;

import io.stackup.core.template.TemplateId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A public link as its tenant's admins see it.
 *
 * @param token the secret of the link's address ({@code /s/<token>}); whoever holds it may answer
 * @param expiresAt after this instant the link is not active; {@code null}: never expires
 * @param welcome shown above the questionnaire, or {@code null}
 * @param lockVersion the optimistic lock: a change names the version it read
 */
public record PublicLink(
        PublicLinkId id,
        TemplateId template,
        String templateKey,
        String templateName,
        String templateVersion,
        String token,
        boolean enabled,
        @Nullable Instant expiresAt,
        @Nullable String welcome,
        int lockVersion,
        Instant createdAt,
        String createdBy,
        int submissions) {

    /** Whether a visitor can answer it now: enabled and not expired. */
    public boolean active(Instant now) {
        return enabled && (expiresAt == null || expiresAt.isAfter(now));
    }
}
