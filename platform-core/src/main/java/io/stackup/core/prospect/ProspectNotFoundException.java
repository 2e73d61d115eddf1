package io.stackup.core.prospect;

/** No prospect with that id exists for the current tenant (another tenant's prospect does not exist either). */
public final class ProspectNotFoundException extends RuntimeException {

    public ProspectNotFoundException(ProspectId id) {
        super("No prospect " + id + ". It may have been removed; reload the list of prospects.");
    }
}
