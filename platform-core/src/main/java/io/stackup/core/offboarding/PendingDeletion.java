package io.stackup.core.offboarding;

import java.time.Instant;

/**
 * A tenant's deletion, requested and not yet run: when and by whom (a Keycloak user id) it was asked, and when it runs
 * unless cancelled first.
 */
public record PendingDeletion(Instant requestedAt, String requestedBy, Instant dueAt) {}
