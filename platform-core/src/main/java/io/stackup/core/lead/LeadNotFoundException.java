package io.stackup.core.lead;

/** No lead with that id exists for the current tenant (another tenant's lead does not exist either). */
public final class LeadNotFoundException extends RuntimeException {

    public LeadNotFoundException(LeadId id) {
        super("No lead " + id + ". Reload the list of leads.");
    }
}
