package io.stackup.core.audit;

import java.util.List;

/**
 * The actions the audit log knows, by feature, as the features record them (ISSUE 12's contract: {@code feature.verb}):
 * what the log screen offers to filter by. A record of an action not listed here is still stored and shown.
 */
public final class AuditActions {

    /** Every known action, grouped by feature in this order. */
    public static final List<String> KNOWN = List.of(
            "template.published",
            "interview.assigned",
            "interview.reassigned",
            "interview.cancelled",
            "interview.completed",
            "lead.claimed",
            "lead.released",
            "lead.status_changed",
            "lead.reassigned",
            "lead.overridden",
            "public_link.created",
            "public_link.changed",
            "webhook.created",
            "webhook.changed",
            "webhook.deleted",
            "member.invited",
            "member.invitation_resent",
            "member.invitation_revoked",
            "member.joined",
            "member.roles_changed",
            "member.deactivated",
            "member.reactivated",
            "member.areas_changed",
            "tenant.signed_up",
            "tenant.activated",
            "tenant.settings_changed",
            "tenant.suspended",
            "tenant.reactivated",
            "tenant.export_requested",
            "tenant.deletion_requested",
            "tenant.deletion_cancelled");

    /** The features of {@link #KNOWN}, in its order: {@code template}, {@code interview}, … */
    public static final List<String> FEATURES = KNOWN.stream()
            .map(action -> action.substring(0, action.indexOf('.')))
            .distinct()
            .toList();

    private AuditActions() {}
}
