package io.stackup.core.lead;

import java.util.List;

/**
 * A lead with its history.
 *
 * @param history oldest first: every change of the lead and every note, with who and when
 */
public record LeadDetail(Lead lead, List<LeadEvent> history) {

    public LeadDetail {
        history = List.copyOf(history);
    }
}
