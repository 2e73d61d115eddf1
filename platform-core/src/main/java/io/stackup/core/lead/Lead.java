package io.stackup.core.lead;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.prospect.ProspectId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lead as it stands. What completion gave it never changes: {@code source}, {@code score}, {@code qualified},
 * {@code rules}, {@code areaGaps} and {@code offerings}; the interview's result may be recomputed later (what-if
 * targets), the lead keeps what it got.
 *
 * @param qualified whether the template's rules qualified it at completion; a lead whose disqualification an admin
 *     overrode stays {@code false} here, its {@link #status()} is {@code qualified} and {@link #overrideReason()} says
 *     why
 * @param rules why it qualified: each rule that held, in template order, by its label (a {@link String}) or, without
 *     one, its zero-based index (an {@link Integer}), as the result writes them
 * @param areaGaps the areas with a gap, in template order
 * @param offerings the partner's offerings the roadmap implies, each once, in roadmap order
 * @param holderEmail the expert who holds it, from claimed on; {@code null} while qualified or disqualified
 * @param interviewerEmail who ran the interview; {@code null} for a self-assessment
 * @param overrideReason why a tenant admin overrode its disqualification; {@code null} if none did
 * @param lostReason why it was lost; {@code null} unless lost
 * @param statusChangedAt when its status last changed (its creation, at first)
 * @param updatedAt when it last changed, a note included
 * @param overdue whether it is open ({@link LeadStatus#isOpen()}) and its status has not changed for longer than the
 *     tenant's patience ({@code stackup.leads.overdue-after}, 3 days by default)
 * @param version counts its changes; pass it back to {@link LeadService#changeStatus(LeadId, int, LeadStatus, String)}
 *     to refuse a change made on a stale view
 */
public record Lead(
        LeadId id,
        InterviewId interview,
        ProspectId prospect,
        String prospectName,
        LeadSource source,
        LeadStatus status,
        double score,
        boolean qualified,
        List<Object> rules,
        List<AreaGap> areaGaps,
        List<String> offerings,
        @Nullable String holderEmail,
        @Nullable String holderName,
        @Nullable String interviewerEmail,
        @Nullable String overrideReason,
        @Nullable String lostReason,
        Instant createdAt,
        Instant statusChangedAt,
        Instant updatedAt,
        boolean overdue,
        int version) {

    public Lead {
        rules = List.copyOf(rules);
        areaGaps = List.copyOf(areaGaps);
        offerings = List.copyOf(offerings);
    }
}
