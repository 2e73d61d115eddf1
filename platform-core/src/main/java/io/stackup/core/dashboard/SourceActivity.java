package io.stackup.core.dashboard;

import io.stackup.core.lead.LeadSource;

/**
 * The leads made in the period from one source: how many, how many qualified (not disqualified now), are held by an
 * expert now, and were won.
 */
public record SourceActivity(LeadSource source, long leads, long qualified, long claimed, long won) {}
