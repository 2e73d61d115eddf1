package io.stackup.core.lead;

import static io.stackup.core.lead.LeadStatus.CLAIMED;
import static io.stackup.core.lead.LeadStatus.CONTACTED;
import static io.stackup.core.lead.LeadStatus.DISQUALIFIED;
import static io.stackup.core.lead.LeadStatus.LOST;
import static io.stackup.core.lead.LeadStatus.PROPOSAL;
import static io.stackup.core.lead.LeadStatus.QUALIFIED;
import static io.stackup.core.lead.LeadStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Working a lead: claims (one winner of two at once), every legal move and the refusal of every illegal one, release,
 * lost with its reason, an admin's reassignment and override, notes, and the history that keeps all of it.
 */
@CoreIntegrationTest
class LeadWorkflowIT {

    /** docs/spec/api.md's moves, written out here on their own so the test does not trust LeadStatus's table. */
    static final Map<LeadStatus, Set<LeadStatus>> SPEC = Map.of(
            QUALIFIED, EnumSet.of(CLAIMED),
            DISQUALIFIED, EnumSet.of(QUALIFIED),
            CLAIMED, EnumSet.of(CONTACTED, LOST, QUALIFIED),
            CONTACTED, EnumSet.of(PROPOSAL, LOST, QUALIFIED),
            PROPOSAL, EnumSet.of(WON, LOST, QUALIFIED),
            WON, EnumSet.noneOf(LeadStatus.class),
            LOST, EnumSet.noneOf(LeadStatus.class));

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadService leads;

    LeadFixture f;

    @BeforeEach
    void two_tenants_and_the_lead_template() {
        f = new LeadFixture(context);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_expert_claims_and_works_a_lead_to_won_through_every_legal_move_and_every_illegal_one_is_refused() {
        LeadId id = f.lead("Walk " + f.unique, LeadTemplates.allGaps());

        refusesEveryIllegalMove(id, QUALIFIED);
        assertThat(claim("erin", id).holderEmail()).isEqualTo("erin@example.test");
        refusesEveryIllegalMove(id, CLAIMED);
        assertThat(move("erin", id, QUALIFIED, null).holderEmail())
                .as("released")
                .isNull();

        claim("erin", id);
        move("erin", id, CONTACTED, "called the CIO");
        refusesEveryIllegalMove(id, CONTACTED);
        move("erin", id, QUALIFIED, "going on leave");

        claim("erin", id);
        move("erin", id, CONTACTED, null);
        move("erin", id, PROPOSAL, null);
        refusesEveryIllegalMove(id, PROPOSAL);
        move("erin", id, QUALIFIED, null);

        claim("eli", id);
        move("eli", id, CONTACTED, null);
        move("eli", id, PROPOSAL, null);
        Lead won = move("eli", id, WON, "signed");
        assertThat(won.status()).isEqualTo(WON);
        assertThat(won.holderEmail()).isEqualTo("eli@example.test");
        assertThat(won.overdue()).as("closed").isFalse();
        refusesEveryIllegalMove(id, WON);

        List<LeadEvent> history = f.as(f.a, "admin", () -> leads.get(id)).history();
        assertThat(history)
                .extracting(LeadEvent::kind, LeadEvent::from, LeadEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.CREATED, null, QUALIFIED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.CLAIMED, QUALIFIED, CLAIMED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.RELEASED, CLAIMED, QUALIFIED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.CLAIMED, QUALIFIED, CLAIMED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, CLAIMED, CONTACTED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.RELEASED, CONTACTED, QUALIFIED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.CLAIMED, QUALIFIED, CLAIMED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, CLAIMED, CONTACTED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, CONTACTED, PROPOSAL),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.RELEASED, PROPOSAL, QUALIFIED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.CLAIMED, QUALIFIED, CLAIMED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, CLAIMED, CONTACTED),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, CONTACTED, PROPOSAL),
                        org.assertj.core.groups.Tuple.tuple(LeadEventKind.STATUS_CHANGED, PROPOSAL, WON));
        assertThat(history.get(1).holderEmail()).isEqualTo("erin@example.test");
        assertThat(history.get(1).actor()).isEqualTo("erin (erin@example.test)");
        assertThat(history.get(2).holderEmail()).as("released by").isEqualTo("erin@example.test");
        assertThat(history.get(4).note()).isEqualTo("called the CIO");
        assertThat(history.get(5).note()).isEqualTo("going on leave");
        assertThat(history).extracting(LeadEvent::at).isSorted();
    }

    @Test
    void a_lead_is_lost_from_claimed_contacted_or_proposal_only_with_a_reason_and_then_closed() {
        List<List<LeadStatus>> paths = List.of(List.of(), List.of(CONTACTED), List.of(CONTACTED, PROPOSAL));
        for (List<LeadStatus> path : paths) {
            LeadId id = f.lead("Lost " + path.size() + " " + f.unique, LeadTemplates.allGaps());
            claim("erin", id);
            path.forEach(status -> move("erin", id, status, null));
            assertThatThrownBy(() -> move("erin", id, LOST, "   "))
                    .isInstanceOfSatisfying(
                            LeadValidationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::path)
                                    .containsExactly("$.note"));
            Lead lost = move("erin", id, LOST, "went with a competitor");
            assertThat(lost.status()).isEqualTo(LOST);
            assertThat(lost.lostReason()).isEqualTo("went with a competitor");
            assertThat(lost.holderEmail()).isEqualTo("erin@example.test");
            refusesEveryIllegalMove(id, LOST);
        }
    }

    @Test
    void only_the_holder_or_an_admin_moves_a_held_lead_and_a_stale_version_is_refused() {
        LeadId id = f.lead("Held " + f.unique, LeadTemplates.allGaps());
        Lead claimed = claim("erin", id);

        assertThatThrownBy(() -> move("eli", id, CONTACTED, null))
                .isInstanceOfSatisfying(LeadConflictException.class, e -> {
                    assertThat(e.holder()).isEqualTo("erin@example.test");
                    assertThat(e.getMessage()).contains("erin (erin@example.test)");
                });
        assertThatThrownBy(() -> move("eli", id, QUALIFIED, null))
                .as("nor release it")
                .isInstanceOf(LeadConflictException.class);
        assertThat(move("admin", id, CONTACTED, "on erin's behalf").status()).isEqualTo(CONTACTED);

        assertThatThrownBy(() -> f.as(f.a, "erin", () -> leads.changeStatus(id, claimed.version(), PROPOSAL, null)))
                .as("erin's view is older than the admin's change")
                .isInstanceOfSatisfying(
                        LeadConflictException.class,
                        e -> assertThat(e.getMessage()).contains("meanwhile").contains("contacted"));
        Lead current = f.as(f.a, "admin", () -> leads.get(id)).lead();
        assertThat(f.as(f.a, "erin", () -> leads.changeStatus(id, current.version(), PROPOSAL, null))
                        .status())
                .isEqualTo(PROPOSAL);
    }

    @Test
    void two_experts_claiming_the_same_lead_at_the_same_instant_exactly_one_wins_and_the_other_is_told_who()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                LeadId id = f.lead("Race " + round + " " + f.unique, LeadTemplates.allGaps());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Lead>> claims = new ArrayList<>();
                for (String expert : List.of("erin", "eli")) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        return claim(expert, id);
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                List<LeadConflictException> losers = new ArrayList<>();
                for (Future<Lead> claim : claims) {
                    try {
                        winners.add(claim.get(30, TimeUnit.SECONDS).holderEmail());
                    } catch (java.util.concurrent.ExecutionException e) {
                        losers.add((LeadConflictException) e.getCause());
                    }
                }
                assertThat(winners).as("round " + round).hasSize(1);
                assertThat(losers).as("round " + round).singleElement().satisfies(e -> {
                    assertThat(e.holder()).isEqualTo(winners.getFirst());
                    assertThat(e.getMessage()).startsWith("Already claimed by ").contains(winners.getFirst());
                });
                LeadDetail detail = f.as(f.a, "admin", () -> leads.get(id));
                assertThat(detail.lead().holderEmail()).isEqualTo(winners.getFirst());
                assertThat(detail.history())
                        .filteredOn(e -> e.kind() == LeadEventKind.CLAIMED)
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claiming_a_lead_one_holds_changes_nothing_and_a_disqualified_lead_cannot_be_claimed() {
        LeadId id = f.lead("Mine " + f.unique, LeadTemplates.allGaps());
        Lead first = claim("erin", id);
        Lead again = claim("erin", id);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(f.as(f.a, "admin", () -> leads.get(id)).history())
                .filteredOn(e -> e.kind() == LeadEventKind.CLAIMED)
                .hasSize(1);

        LeadId disqualified = f.lead("Nope " + f.unique, LeadTemplates.noBudget());
        assertThatThrownBy(() -> claim("erin", disqualified)).isInstanceOfSatisfying(LeadConflictException.class, e -> {
            assertThat(e.holder()).isNull();
            assertThat(e.getMessage()).contains("did not qualify");
        });
    }

    @Test
    void an_admin_overrides_a_disqualification_with_a_reason_and_the_lead_joins_the_queue() {
        LeadId id = f.lead("Override " + f.unique, LeadTemplates.noBudget());
        refusesEveryIllegalMove(id, DISQUALIFIED);

        assertThatThrownBy(() -> move("erin", id, QUALIFIED, "I like them")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.a, "erin", () -> leads.overrideDisqualification(id, "I like them")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move("admin", id, QUALIFIED, null))
                .isInstanceOfSatisfying(
                        LeadValidationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.note"));

        Lead overridden =
                f.as(f.a, "admin", () -> leads.overrideDisqualification(id, "budget approved after the interview"));
        assertThat(overridden.status()).isEqualTo(QUALIFIED);
        assertThat(overridden.qualified()).as("what the rules said stays").isFalse();
        assertThat(overridden.overrideReason()).isEqualTo("budget approved after the interview");
        assertThat(f.as(f.a, "erin", () -> leads.find(LeadFilter.queue(), LeadSort.SCORE, 0, 10)))
                .extracting(s -> s.lead().id())
                .containsExactly(id);
        assertThat(claim("erin", id).overrideReason()).isEqualTo("budget approved after the interview");
        assertThat(f.as(f.a, "admin", () -> leads.get(id)).history())
                .filteredOn(e -> e.kind() == LeadEventKind.OVERRIDDEN)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).isEqualTo(DISQUALIFIED);
                    assertThat(e.to()).isEqualTo(QUALIFIED);
                    assertThat(e.note()).isEqualTo("budget approved after the interview");
                    assertThat(e.actor()).isEqualTo("admin (admin@example.test)");
                });
    }

    @Test
    void an_admin_reassigns_an_open_lead_to_another_expert_with_a_reason() {
        LeadId held = f.lead("Reassign " + f.unique, LeadTemplates.allGaps());
        claim("erin", held);
        move("erin", held, CONTACTED, null);

        assertThatThrownBy(() -> f.as(f.a, "erin", () -> leads.reassign(held, "eli@example.test", "leaving")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.a, "admin", () -> leads.reassign(held, "nina@example.test", " ")))
                .isInstanceOfSatisfying(
                        LeadValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path, Problem::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "$.reason", "give a reason; it is kept in the lead's history"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "$.expert", "nina@example.test is not an expert in this workspace")));
        assertThatThrownBy(() -> f.as(f.a, "admin", () -> leads.reassign(held, "nobody@example.test", "x")))
                .isInstanceOf(LeadValidationException.class);
        assertThatThrownBy(() -> f.as(f.a, "admin", () -> leads.reassign(held, "erin@example.test", "x")))
                .isInstanceOfSatisfying(
                        LeadConflictException.class, e -> assertThat(e.holder()).isEqualTo("erin@example.test"));

        Lead reassigned = f.as(f.a, "admin", () -> leads.reassign(held, "eli@example.test", "erin is on leave"));
        assertThat(reassigned.holderEmail()).isEqualTo("eli@example.test");
        assertThat(reassigned.status()).as("keeps its status").isEqualTo(CONTACTED);
        assertThat(move("eli", held, PROPOSAL, null).status()).isEqualTo(PROPOSAL);
        assertThatThrownBy(() -> move("erin", held, WON, null)).isInstanceOf(LeadConflictException.class);
        assertThat(f.as(f.a, "admin", () -> leads.get(held)).history())
                .filteredOn(e -> e.kind() == LeadEventKind.REASSIGNED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.holderEmail()).isEqualTo("eli@example.test");
                    assertThat(e.note()).isEqualTo("erin is on leave");
                    assertThat(e.from()).isEqualTo(CONTACTED);
                    assertThat(e.to()).isEqualTo(CONTACTED);
                });

        LeadId waiting = f.lead("Waiting " + f.unique, LeadTemplates.allGaps());
        Lead given = f.as(f.a, "admin", () -> leads.reassign(waiting, "erin@example.test", "her area"));
        assertThat(given.status()).as("a queued lead is given: claimed by them").isEqualTo(CLAIMED);
        assertThat(given.holderEmail()).isEqualTo("erin@example.test");

        LeadId disqualified = f.lead("Dq " + f.unique, LeadTemplates.noBudget());
        assertThatThrownBy(() -> f.as(f.a, "admin", () -> leads.reassign(disqualified, "erin@example.test", "x")))
                .isInstanceOf(LeadConflictException.class);
        move("eli", held, WON, null);
        assertThatThrownBy(() -> f.as(f.a, "admin", () -> leads.reassign(held, "erin@example.test", "x")))
                .isInstanceOf(LeadConflictException.class);
    }

    @Test
    void any_expert_or_admin_adds_notes_which_are_kept_in_the_history() {
        LeadId id = f.lead("Notes " + f.unique, LeadTemplates.allGaps());
        claim("erin", id);

        LeadDetail noted = f.as(f.a, "eli", () -> leads.addNote(id, "  I know their CTO  "));
        f.as(f.a, "admin", () -> leads.addNote(id, "follow up in May"));

        assertThat(noted.history().getLast().note()).isEqualTo("I know their CTO");
        assertThat(f.as(f.a, "erin", () -> leads.get(id)).history())
                .filteredOn(e -> e.kind() == LeadEventKind.NOTE)
                .extracting(LeadEvent::note, LeadEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I know their CTO", "eli (eli@example.test)"),
                        org.assertj.core.groups.Tuple.tuple("follow up in May", "admin (admin@example.test)"));
        assertThat(f.as(f.a, "erin", () -> leads.get(id)).lead().status())
                .as("a note changes no status")
                .isEqualTo(CLAIMED);
        assertThatThrownBy(() -> f.as(f.a, "eli", () -> leads.addNote(id, " ")))
                .isInstanceOf(LeadValidationException.class);
        assertThatThrownBy(() -> f.as(f.a, "eli", () -> leads.addNote(id, "x".repeat(LeadService.MAX_NOTE + 1))))
                .isInstanceOfSatisfying(
                        LeadValidationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.text"));
        assertThatThrownBy(() -> f.as(f.a, "ivan", () -> leads.addNote(id, "hi")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Tries every move the spec does not allow from {@code status}, as an admin (who may make any allowed one). */
    private void refusesEveryIllegalMove(LeadId id, LeadStatus status) {
        Lead before = f.as(f.a, "admin", () -> leads.get(id)).lead();
        assertThat(before.status()).isEqualTo(status);
        for (LeadStatus to : LeadStatus.values()) {
            if (SPEC.get(status).contains(to) && !(status == QUALIFIED && to == CLAIMED)) {
                continue;
            }
            assertThatThrownBy(() -> move("admin", id, to, "a reason"))
                    .as(status + " → " + to)
                    .isInstanceOf(LeadConflictException.class);
        }
        assertThat(f.as(f.a, "admin", () -> leads.get(id)).lead())
                .as("nothing changed")
                .isEqualTo(before);
    }

    private Lead claim(String expert, LeadId id) {
        return f.as(f.a, expert, () -> leads.claim(id));
    }

    private Lead move(String user, LeadId id, LeadStatus to, String note) {
        return f.as(f.a, user, () -> leads.changeStatus(id, to, note));
    }
}
