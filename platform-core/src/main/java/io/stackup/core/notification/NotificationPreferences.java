package io.stackup.core.notification;

/** A member's choice of mails. {@code newLeads}: a mail for each new qualified lead in an area they cover. */
public record NotificationPreferences(boolean newLeads) {}
