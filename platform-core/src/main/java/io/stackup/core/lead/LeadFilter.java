package io.stackup.core.lead;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which leads a list shows. Every part is optional; the parts narrow each other.
 *
 * @param statuses only these; empty for all
 * @param area only leads with a gap in this area (an area key)
 * @param offering only leads whose roadmap implies this offering (exact)
 * @param interviewerEmail only leads of interviews this interviewer ran (case-insensitive)
 * @param holderEmail only leads this expert holds (case-insensitive)
 * @param createdAfter only leads made after this instant (younger than an age)
 * @param createdBefore only leads made before this instant (older than an age)
 * @param search matches the prospect's name, case-insensitively; blank for all
 */
public record LeadFilter(
        Set<LeadStatus> statuses,
        @Nullable String area,
        @Nullable String offering,
        @Nullable String interviewerEmail,
        @Nullable String holderEmail,
        @Nullable LeadSource source,
        @Nullable Instant createdAfter,
        @Nullable Instant createdBefore,
        String search) {

    public LeadFilter {
        statuses = Set.copyOf(statuses);
    }

    /** Every lead. */
    public static LeadFilter all() {
        return new LeadFilter(Set.of(), null, null, null, null, null, null, null, "");
    }

    /** The queue: the qualified leads nobody holds. */
    public static LeadFilter queue() {
        return all().withStatuses(Set.of(LeadStatus.QUALIFIED));
    }

    public LeadFilter withStatuses(Set<LeadStatus> wanted) {
        return new LeadFilter(
                wanted, area, offering, interviewerEmail, holderEmail, source, createdAfter, createdBefore, search);
    }

    public LeadFilter withArea(@Nullable String wanted) {
        return new LeadFilter(
                statuses, wanted, offering, interviewerEmail, holderEmail, source, createdAfter, createdBefore, search);
    }

    public LeadFilter withOffering(@Nullable String wanted) {
        return new LeadFilter(
                statuses, area, wanted, interviewerEmail, holderEmail, source, createdAfter, createdBefore, search);
    }

    public LeadFilter withInterviewer(@Nullable String email) {
        return new LeadFilter(
                statuses, area, offering, email, holderEmail, source, createdAfter, createdBefore, search);
    }

    public LeadFilter withHolder(@Nullable String email) {
        return new LeadFilter(
                statuses, area, offering, interviewerEmail, email, source, createdAfter, createdBefore, search);
    }

    public LeadFilter withSource(@Nullable LeadSource wanted) {
        return new LeadFilter(
                statuses, area, offering, interviewerEmail, holderEmail, wanted, createdAfter, createdBefore, search);
    }

    public LeadFilter withCreated(@Nullable Instant after, @Nullable Instant before) {
        return new LeadFilter(statuses, area, offering, interviewerEmail, holderEmail, source, after, before, search);
    }

    public LeadFilter withSearch(String text) {
        return new LeadFilter(
                statuses, area, offering, interviewerEmail, holderEmail, source, createdAfter, createdBefore, text);
    }
}
