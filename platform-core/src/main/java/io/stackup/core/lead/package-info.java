/**
 * Leads: what a completed interview means for the partner's sales, worked by experts. Every completed interview (an
 * interviewer's or a prospect's own self-assessment) makes exactly one lead in the completing transaction
 * ({@code LeadMaker}, on {@link io.stackup.core.interview.InterviewCompleted}); an expert claims a qualified one, works
 * it to won or lost, and every change is kept in its history. See docs/spec/api.md, "Leads".
 *
 * <p>This package is the feature's API: {@link io.stackup.core.lead.LeadService} (the queue, a lead, claim, status,
 * notes, reassignment, CSV export) and {@link io.stackup.core.lead.LeadAreaService} (the areas an expert covers), the
 * records, ids and exceptions. The statuses and their transitions are in one place, {@link
 * io.stackup.core.lead.LeadStatus}. Below it, {@code repository} holds the writes and {@code query} the reads for
 * screens; only this feature uses them.
 */
@NullMarked
package io.stackup.core.lead;

import org.jspecify.annotations.NullMarked;
