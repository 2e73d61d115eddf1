package io.stackup.core.assessment;

/** Someone saved the link since the caller read it; nothing was overwritten. */
public final class PublicLinkConflictException extends RuntimeException {

    public PublicLinkConflictException(String message) {
        super(message);
    }
}
