package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.TenantId;

/**
 * An interview was completed and its result stored; published inside the completing transaction, for features that
 * react to it (a lead is made of it). Never published twice for one interview.
 *
 * @param score the lead score of the result's qualification
 * @param qualified whether the lead qualifies
 */
public record InterviewCompleted(
        TenantId tenant, InterviewId interview, ProspectId prospect, double score, boolean qualified) {

    static InterviewCompleted of(TenantId tenant, InterviewId interview, ProspectId prospect, Result result) {
        return new InterviewCompleted(
                tenant,
                interview,
                prospect,
                result.qualification().score(),
                result.qualification().qualified());
    }
}
