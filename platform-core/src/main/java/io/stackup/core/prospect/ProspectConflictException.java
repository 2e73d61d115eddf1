package io.stackup.core.prospect;

/** Someone else changed the prospect since the caller read it; the message says who and what to do. */
public final class ProspectConflictException extends RuntimeException {

    public ProspectConflictException(String message) {
        super(message);
    }
}
