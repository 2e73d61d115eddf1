package io.stackup.core.lead;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a lead stands, and the one table of which status may follow which (docs/spec/api.md, "Leads"):
 *
 * <pre>
 * qualified    → claimed                        (an expert claims it)
 * disqualified → qualified                      (a tenant admin overrides the disqualification, with a reason)
 * claimed      → contacted | lost | qualified   (qualified: released by the holder or an admin)
 * contacted    → proposal  | lost | qualified
 * proposal     → won       | lost | qualified
 * won, lost    → nothing: closed
 * </pre>
 *
 * A lead is made {@code qualified} or {@code disqualified} by its template's rules; who may make each move, and which
 * need a reason, is {@link LeadService}'s to check.
 */
public enum LeadStatus {
    QUALIFIED,
    DISQUALIFIED,
    CLAIMED,
    CONTACTED,
    PROPOSAL,
    WON,
    LOST;

    /** The statuses this one may move to, in declaration order; empty once closed. The table, in one place. */
    public Set<LeadStatus> next() {
        EnumSet<LeadStatus> next = switch (this) {
            case QUALIFIED -> EnumSet.of(CLAIMED);
            case DISQUALIFIED -> EnumSet.of(QUALIFIED);
            case CLAIMED -> EnumSet.of(CONTACTED, LOST, QUALIFIED);
            case CONTACTED -> EnumSet.of(PROPOSAL, LOST, QUALIFIED);
            case PROPOSAL -> EnumSet.of(WON, LOST, QUALIFIED);
            case WON, LOST -> EnumSet.noneOf(LeadStatus.class);
        };
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(LeadStatus to) {
        return next().contains(to);
    }

    /** Whether an expert holds a lead in this status: from claimed on, until it is released. */
    public boolean isHeld() {
        return this != QUALIFIED && this != DISQUALIFIED;
    }

    /** Whether someone works on it, or should: qualified (waiting to be claimed), claimed, contacted, proposal. */
    public boolean isOpen() {
        return this == QUALIFIED || this == CLAIMED || this == CONTACTED || this == PROPOSAL;
    }

    /** Won or lost: it changes no more. */
    public boolean isClosed() {
        return next().isEmpty();
    }

    /** As docs/spec/api.md and the database write it: {@code qualified}, {@code contacted}, … */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but a status's {@link #json()} */
    public static LeadStatus fromJson(String value) {
        for (LeadStatus status : values()) {
            if (status.json().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown lead status '" + value + "'");
    }
}
