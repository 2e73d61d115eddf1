package io.stackup.core.lead;

/**
 * A row of a lead list or of the queue.
 *
 * @param inYourAreas whether the lead has a gap in an area the calling expert covers ({@link LeadAreaService}): such
 *     leads come first in every list
 */
public record LeadSummary(Lead lead, boolean inYourAreas) {}
