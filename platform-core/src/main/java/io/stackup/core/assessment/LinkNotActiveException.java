package io.stackup.core.assessment;

/**
 * The link is unknown, switched off or expired, its tenant suspended, or the receipt does not match: all look the
 * same, so that a visitor learns nothing about whether a link ever existed.
 */
public final class LinkNotActiveException extends RuntimeException {

    public LinkNotActiveException() {
        super("This link is not active.");
    }
}
