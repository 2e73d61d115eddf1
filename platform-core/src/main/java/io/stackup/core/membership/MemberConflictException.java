package io.stackup.core.membership;

/**
 * The change contradicts the tenant's state: it would leave the tenant without an active admin, the invitation is not
 * pending any more, or the member has work that keeps them. The message says what to do
 * instead; {@link #reason()} says which, for an edge that answers differently.
 */
public final class MemberConflictException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason {
        LAST_ADMIN,
        NOT_PENDING,
        HAS_WORK
    }

    private final Reason reason;

    public MemberConflictException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
