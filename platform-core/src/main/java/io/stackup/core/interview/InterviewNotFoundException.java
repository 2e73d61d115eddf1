package io.stackup.core.interview;

/**
 * No interview with that id exists for the caller: none in the current tenant, or one the caller may not see (an
 * interviewer sees only their own, an expert only completed ones). Both look the same on purpose.
 */
public final class InterviewNotFoundException extends RuntimeException {

    public InterviewNotFoundException(InterviewId id) {
        super("No interview " + id + ". It may not be assigned to you; reload your list of interviews.");
    }
}
