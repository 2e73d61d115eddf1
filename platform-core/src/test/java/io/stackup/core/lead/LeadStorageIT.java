package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.lead.query.LeadQueries;
import io.stackup.core.lead.repository.LeadAreaRepository;
import io.stackup.core.lead.repository.LeadRepository;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lead repositories and queries keep another tenant's rows invisible and unchangeable, even when asked for them by
 * id and tenant: row-level security stops what a wrong tenant in a call would let through.
 */
@CoreIntegrationTest
class LeadStorageIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadRepository repository;

    @Autowired
    LeadAreaRepository areaRepository;

    @Autowired
    LeadQueries queries;

    @Autowired
    LeadService leads;

    @Autowired
    LeadAreaService areas;

    @Autowired
    MemberService members;

    @Autowired
    TransactionTemplate tx;

    LeadFixture f;
    LeadId id;
    UUID erin;

    @BeforeEach
    void a_claimed_lead_with_a_note_and_an_expert_with_areas_in_tenant_a() {
        f = new LeadFixture(context);
        id = f.lead("Acme " + f.unique, LeadTemplates.allGaps());
        f.as(f.a, "erin", () -> leads.claim(id));
        f.as(f.a, "erin", () -> leads.addNote(id, "a note"));
        f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of("iam")));
        erin = f.as(f.a, "erin", () -> members.current()).map(Member::id).orElseThrow();
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void another_tenant_reads_none_of_the_leads_their_history_or_the_covered_areas() {
        Instant now = Instant.now();
        assertThat(in(f.b, () -> queries.find(f.a.id(), id, now))).isEmpty();
        assertThat(in(f.b, () -> queries.detail(f.a.id(), id, now))).isEmpty();
        assertThat(in(f.b, () -> queries.find(f.a.id(), LeadFilter.all(), LeadSort.SCORE, erin, now, 0, 50)))
                .isEmpty();
        assertThat(in(f.b, () -> queries.count(f.a.id(), LeadFilter.all()))).isZero();
        List<LeadSummary> streamed = new ArrayList<>();
        in(f.b, () -> {
            queries.forEach(f.a.id(), LeadFilter.all(), LeadSort.SCORE, erin, now, streamed::add);
            return null;
        });
        assertThat(streamed).isEmpty();
        assertThat(in(f.b, () -> repository.state(f.a.id(), id))).isEmpty();
        assertThat(in(f.b, () -> areaRepository.areas(f.a.id(), erin))).isEmpty();

        assertThat(in(f.a, () -> queries.find(f.a.id(), id, now))).isPresent();
        assertThat(in(f.a, () -> queries.detail(f.a.id(), id, now))
                        .orElseThrow()
                        .history())
                .extracting(LeadEvent::kind)
                .containsExactly(LeadEventKind.CREATED, LeadEventKind.CLAIMED, LeadEventKind.NOTE);
        assertThat(in(f.a, () -> areaRepository.areas(f.a.id(), erin))).containsExactly("iam");
    }

    @Test
    void another_tenant_changes_none_of_them() {
        LeadRepository.State state =
                in(f.a, () -> repository.state(f.a.id(), id)).orElseThrow();

        assertThat(in(f.b, () -> repository.claim(f.a.id(), id, erin))).isFalse();
        assertThat(in(
                        f.b,
                        () -> repository.move(
                                f.a.id(), id, state.status(), state.version(), LeadStatus.QUALIFIED, null, null, null)))
                .isFalse();
        assertThat(in(f.b, () -> repository.touch(f.a.id(), id))).isFalse();
        assertThatThrownBy(() -> in(f.b, () -> {
                    repository.addEvent(f.a.id(), id, LeadEventKind.NOTE, null, null, null, "mallory", "mallory");
                    return null;
                }))
                .isInstanceOf(PermissionDeniedDataAccessException.class);
        assertThatThrownBy(() -> in(f.b, () -> {
                    areaRepository.replace(f.a.id(), erin, List.of("backup"));
                    return null;
                }))
                .isInstanceOf(PermissionDeniedDataAccessException.class);

        assertThat(in(f.a, () -> repository.state(f.a.id(), id)))
                .as("unchanged")
                .contains(state);
        assertThat(in(f.a, () -> areaRepository.areas(f.a.id(), erin))).containsExactly("iam");
    }

    private <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }
}
