package io.stackup.core.lead;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A lead became qualified (ready to be claimed): made qualified by its interview's completion ({@code created}), or
 * qualified again by an admin's override of its disqualification. Published inside the transaction that made it so;
 * listeners that enqueue work (mails, webhooks) do it in that transaction, so the work exists exactly when the change
 * does.
 *
 * @param areas the keys of the areas with a gap, in template order
 * @param created whether the lead was just made (not an override)
 */
public record LeadQualified(
        TenantId tenant,
        LeadId lead,
        InterviewId interview,
        String prospectName,
        double score,
        List<String> areas,
        boolean created,
        Instant at) {

    public LeadQualified {
        areas = List.copyOf(areas);
    }
}
