package io.stackup.core.template;

/** The request contradicts the templates' current state; the message says what to do instead. */
public final class TemplateConflictException extends RuntimeException {

    public TemplateConflictException(String message) {
        super(message);
    }
}
