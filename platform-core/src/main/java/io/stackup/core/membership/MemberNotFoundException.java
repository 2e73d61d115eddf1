package io.stackup.core.membership;

/** No member of the current tenant has this id (or it is no id): the same answer for another tenant's member. */
public final class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException(String id) {
        super("No member " + id + " in this workspace");
    }
}
