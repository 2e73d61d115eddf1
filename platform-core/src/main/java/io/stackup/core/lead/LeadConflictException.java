package io.stackup.core.lead;

import org.jspecify.annotations.Nullable;

/**
 * The request contradicts the lead's current state: someone else holds it, the move is not one {@link LeadStatus}
 * allows, or someone changed it meanwhile. The message says what holds instead and what to do; {@link #holder()} names
 * who holds the lead, where that is the reason.
 */
public final class LeadConflictException extends RuntimeException {

    private final @Nullable String holder;

    public LeadConflictException(String message) {
        this(message, null);
    }

    public LeadConflictException(String message, @Nullable String holder) {
        super(message);
        this.holder = holder;
    }

    /** The e-mail address of the expert who holds the lead, when that is why it was refused; else {@code null}. */
    public @Nullable String holder() {
        return holder;
    }
}
