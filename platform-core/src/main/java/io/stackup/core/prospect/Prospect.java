package io.stackup.core.prospect;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A prospect as stored; also a row of the prospect list.
 *
 * @param lockVersion the optimistic lock: an update names the version it read
 * @param updatedBy the Keycloak user id of the last save ({@code system} for a public self-assessment)
 */
public record Prospect(
        ProspectId id,
        String name,
        @Nullable String industry,
        @Nullable Integer employees,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String notes,
        int lockVersion,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {}
