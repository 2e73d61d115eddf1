package io.stackup.core.assessment;

/** The current tenant has no public link with that id. */
public final class PublicLinkNotFoundException extends RuntimeException {

    public PublicLinkNotFoundException(PublicLinkId id) {
        super("No public link " + id + " in this workspace");
    }
}
