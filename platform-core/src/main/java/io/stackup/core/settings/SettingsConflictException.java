package io.stackup.core.settings;

/** The settings changed since the caller read them (someone else saved meanwhile); nothing was stored. */
public final class SettingsConflictException extends RuntimeException {

    public SettingsConflictException() {
        super("Someone else changed these settings meanwhile. Reload them, check the changes, and save again.");
    }
}
