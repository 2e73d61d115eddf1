package io.stackup.ui.shell;

import com.vaadin.flow.i18n.I18NProvider;

/** What to tell a user about a failure the service explained, whose message is for people. */
public final class Failures {

    private Failures() {}

    /**
     * The exception's message, which the services' exceptions always carry; a generic request to reload and retry for
     * one that has none. Never returns null.
     */
    public static String message(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? I18NProvider.translate("error.no-message") : message;
    }
}
