/**
 * Mails about leads: a new qualified lead to the experts who cover its areas (unless they opted out), an overdue lead
 * to the tenant's admins. Each mail is a one-time scheduled task enqueued in the transaction of the change it tells
 * of (docs/adr/0013-scheduled-work.md), so a crash after the commit still sends it, and a failure to send is retried
 * with backoff. This package's API: {@link io.stackup.core.notification.NotificationService} (a member's choices).
 */
@NullMarked
package io.stackup.core.notification;

import org.jspecify.annotations.NullMarked;
