package io.stackup.core.interview;

/** The request contradicts the interview's state (completed, cancelled); the message says what to do instead. */
public final class InterviewConflictException extends RuntimeException {

    public InterviewConflictException(String message) {
        super(message);
    }
}
