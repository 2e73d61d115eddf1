package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.TenantId;

/**
 * An interview was completed and its result stored; published inside the completing transaction, for features that
 * react to it (a lead is made of it, in that same transaction). Never published twice for one interview.
 *
 * @param template the published template version the interview is pinned to, which the result was scored against
 * @param source how the interview came to be; a prospect's own self-assessment has {@code self-assessment}
 * @param result the stored result, {@code complete: true}
 */
public record InterviewCompleted(
        TenantId tenant,
        InterviewId interview,
        ProspectId prospect,
        TemplateId template,
        InterviewSource source,
        Result result) {

    /** The lead score of the result's qualification. */
    public double score() {
        return result.qualification().score();
    }

    /** Whether the lead qualifies by the template's rules. */
    public boolean qualified() {
        return result.qualification().qualified();
    }
}
