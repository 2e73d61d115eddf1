package io.stackup.core.lead;

import static io.stackup.core.lead.LeadStatus.CLAIMED;
import static io.stackup.core.lead.LeadStatus.CONTACTED;
import static io.stackup.core.lead.LeadStatus.DISQUALIFIED;
import static io.stackup.core.lead.LeadStatus.LOST;
import static io.stackup.core.lead.LeadStatus.PROPOSAL;
import static io.stackup.core.lead.LeadStatus.QUALIFIED;
import static io.stackup.core.lead.LeadStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of docs/spec/api.md's lead statuses, as {@link LeadStatus} holds it. */
class LeadStatusTest {

    @Test
    void the_moves_are_exactly_those_of_the_spec() {
        assertThat(QUALIFIED.next()).containsExactly(CLAIMED);
        assertThat(DISQUALIFIED.next()).containsExactly(QUALIFIED);
        assertThat(CLAIMED.next()).containsExactlyInAnyOrder(CONTACTED, LOST, QUALIFIED);
        assertThat(CONTACTED.next()).containsExactlyInAnyOrder(PROPOSAL, LOST, QUALIFIED);
        assertThat(PROPOSAL.next()).containsExactlyInAnyOrder(WON, LOST, QUALIFIED);
        assertThat(WON.next()).isEmpty();
        assertThat(LOST.next()).isEmpty();
        assertThat(CLAIMED.canMoveTo(WON)).as("won only from a proposal").isFalse();
        assertThat(QUALIFIED.canMoveTo(CONTACTED)).as("claimed first").isFalse();
    }

    @Test
    void held_open_and_closed_follow_the_table() {
        assertThat(Arrays.stream(LeadStatus.values()).filter(LeadStatus::isHeld))
                .containsExactly(CLAIMED, CONTACTED, PROPOSAL, WON, LOST);
        assertThat(Arrays.stream(LeadStatus.values()).filter(LeadStatus::isOpen))
                .containsExactly(QUALIFIED, CLAIMED, CONTACTED, PROPOSAL);
        assertThat(Arrays.stream(LeadStatus.values()).filter(LeadStatus::isClosed))
                .containsExactly(WON, LOST);
    }

    @Test
    void statuses_read_and_write_as_the_spec_spells_them() {
        assertThat(Arrays.stream(LeadStatus.values()).map(LeadStatus::json))
                .containsExactly("qualified", "disqualified", "claimed", "contacted", "proposal", "won", "lost");
        for (LeadStatus status : LeadStatus.values()) {
            assertThat(LeadStatus.fromJson(status.json())).isEqualTo(status);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> LeadStatus.fromJson("QUALIFIED"));
        assertThat(List.of(LeadSource.INTERVIEW.json(), LeadSource.SELF.json())).containsExactly("interview", "self");
    }
}
