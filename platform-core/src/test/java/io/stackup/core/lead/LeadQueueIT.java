package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue: qualified leads nobody holds, filtered by area with a gap, offering, interviewer, source, age, holder and
 * prospect name; sorted by score or age, the calling expert's areas first; paged, counted and exported in one order.
 */
@CoreIntegrationTest
class LeadQueueIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadService leads;

    @Autowired
    LeadAreaService areas;

    LeadFixture f;
    Lead alpha;
    Lead beta;
    Lead gamma;
    Lead delta;
    Lead epsilon;

    @BeforeEach
    void five_leads_of_every_kind() {
        f = new LeadFixture(context);
        alpha = f.leadOf(f.complete("Alpha " + f.unique, LeadTemplates.allGaps(), "ivan")); // 6, iam + backup
        beta = f.leadOf(f.complete("Beta " + f.unique, LeadTemplates.backupGap(), "fran")); // 4, backup
        gamma = f.leadOf(f.complete("Gamma " + f.unique, LeadTemplates.iamGap(), "ivan")); // 5, iam
        delta = f.leadOf(f.complete("Delta " + f.unique, LeadTemplates.noBudget(), "ivan")); // disqualified
        epsilon = f.leadOf(f.selfAssessment("Epsilon " + f.unique, LeadTemplates.backupGap())); // 4, backup, self
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_queue_holds_the_qualified_unclaimed_leads_by_score_and_says_why_each_qualified() {
        f.as(f.a, "erin", () -> leads.claim(gamma.id()));

        List<LeadSummary> queue = queue("eli", LeadFilter.queue(), LeadSort.SCORE);

        assertThat(queue).extracting(s -> s.lead().id()).containsExactly(alpha.id(), beta.id(), epsilon.id());
        assertThat(queue.getFirst().lead().rules()).containsExactly("budget", 1, "backup gap");
        assertThat(queue).allSatisfy(s -> assertThat(s.inYourAreas()).isFalse());
        assertThat(f.as(f.a, "eli", () -> leads.count(LeadFilter.queue()))).isEqualTo(3);
        assertThat(queue("eli", LeadFilter.all(), LeadSort.SCORE))
                .extracting(s -> s.lead().id())
                .as("every status: the disqualified one too")
                .containsExactly(alpha.id(), gamma.id(), beta.id(), epsilon.id(), delta.id());
        assertThat(queue("eli", LeadFilter.all().withHolder("ERIN@example.test"), LeadSort.SCORE))
                .extracting(s -> s.lead().id())
                .containsExactly(gamma.id());
        assertThat(queue(
                        "eli",
                        LeadFilter.all().withStatuses(Set.of(LeadStatus.CLAIMED, LeadStatus.DISQUALIFIED)),
                        LeadSort.OLDEST))
                .extracting(s -> s.lead().id())
                .containsExactly(gamma.id(), delta.id());
    }

    @Test
    void the_queue_filters_by_area_offering_interviewer_source_age_and_prospect_name() {
        assertThat(ids(LeadFilter.queue().withArea("backup"))).containsExactly(alpha.id(), beta.id(), epsilon.id());
        assertThat(ids(LeadFilter.queue().withArea("iam"))).containsExactly(alpha.id(), gamma.id());
        assertThat(ids(LeadFilter.queue().withArea("nowhere"))).isEmpty();
        assertThat(ids(LeadFilter.queue().withOffering("Identity Automation"))).containsExactly(alpha.id(), gamma.id());
        assertThat(ids(LeadFilter.queue().withOffering("Backup as a Service")))
                .containsExactly(alpha.id(), beta.id(), epsilon.id());
        assertThat(ids(LeadFilter.queue().withInterviewer("fran@example.test"))).containsExactly(beta.id());
        assertThat(ids(LeadFilter.queue().withSource(LeadSource.SELF))).containsExactly(epsilon.id());
        assertThat(ids(LeadFilter.queue().withSource(LeadSource.INTERVIEW)))
                .containsExactly(alpha.id(), gamma.id(), beta.id());
        assertThat(ids(LeadFilter.queue().withSearch("gAMMA"))).containsExactly(gamma.id());
        assertThat(ids(LeadFilter.queue().withSearch("%")))
                .as("LIKE's wildcards are taken literally")
                .isEmpty();
        assertThat(ids(LeadFilter.queue().withArea("backup").withSearch("beta " + f.unique)))
                .containsExactly(beta.id());

        Instant third = gamma.createdAt();
        assertThat(ids(LeadFilter.all().withCreated(third, null)))
                .as("younger than gamma")
                .containsExactly(epsilon.id(), delta.id());
        assertThat(ids(LeadFilter.all().withCreated(null, third)))
                .as("older than gamma")
                .containsExactly(alpha.id(), beta.id());
        assertThat(f.as(f.a, "eli", () -> leads.count(LeadFilter.queue().withArea("backup"))))
                .isEqualTo(3);
    }

    @Test
    void the_queue_sorts_by_score_or_age_and_pages_in_that_order() {
        assertThat(queue("eli", LeadFilter.queue(), LeadSort.OLDEST))
                .extracting(s -> s.lead().id())
                .containsExactly(alpha.id(), beta.id(), gamma.id(), epsilon.id());
        assertThat(queue("eli", LeadFilter.queue(), LeadSort.NEWEST))
                .extracting(s -> s.lead().id())
                .containsExactly(epsilon.id(), gamma.id(), beta.id(), alpha.id());
        List<LeadId> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            int offset = page * 2;
            f.as(f.a, "eli", () -> leads.find(LeadFilter.queue(), LeadSort.SCORE, offset, 2))
                    .forEach(s -> paged.add(s.lead().id()));
        }
        assertThat(paged).containsExactly(alpha.id(), gamma.id(), beta.id(), epsilon.id());
    }

    @Test
    void an_expert_sees_the_leads_in_the_areas_they_cover_first() {
        assertThat(f.as(f.a, "erin", () -> areas.coveredAreas())).isEmpty();
        assertThat(f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of("backup", "network", "backup"))))
                .containsExactly("backup", "network");

        List<LeadSummary> erins = queue("erin", LeadFilter.queue(), LeadSort.SCORE);
        assertThat(erins)
                .extracting(s -> s.lead().id(), LeadSummary::inYourAreas)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(alpha.id(), true),
                        org.assertj.core.groups.Tuple.tuple(beta.id(), true),
                        org.assertj.core.groups.Tuple.tuple(epsilon.id(), true),
                        org.assertj.core.groups.Tuple.tuple(gamma.id(), false));
        assertThat(queue("eli", LeadFilter.queue(), LeadSort.SCORE))
                .as("another expert's areas do not count")
                .extracting(s -> s.lead().id())
                .containsExactly(alpha.id(), gamma.id(), beta.id(), epsilon.id());

        f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of("iam")));
        assertThat(queue("erin", LeadFilter.queue(), LeadSort.NEWEST))
                .extracting(s -> s.lead().id())
                .containsExactly(gamma.id(), alpha.id(), epsilon.id(), beta.id());
        assertThat(f.as(f.a, "erin", () -> areas.coveredAreas())).containsExactly("iam");
        assertThat(f.as(f.b, "erin", () -> areas.coveredAreas()))
                .as("per member: the same person in another tenant covers nothing there")
                .isEmpty();
        assertThat(f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of()))).isEmpty();
    }

    @Test
    void covered_areas_must_be_area_keys_and_belong_to_experts() {
        assertThatThrownBy(() -> f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of("iam", "Not A Key", ""))))
                .isInstanceOfSatisfying(
                        LeadValidationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$[1]", "$[2]"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= LeadAreaService.MAX_AREAS; i++) {
            tooMany.add("area-" + i);
        }
        assertThatThrownBy(() -> f.as(f.a, "erin", () -> areas.changeCoveredAreas(tooMany)))
                .isInstanceOf(LeadValidationException.class);
        assertThat(f.as(f.a, "erin", () -> areas.coveredAreas()))
                .as("nothing changed")
                .isEmpty();
        assertThatThrownBy(() -> f.as(f.a, "ivan", () -> areas.changeCoveredAreas(List.of("iam"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_export_streams_the_same_leads_in_the_same_order_as_the_list() {
        f.as(f.a, "erin", () -> areas.changeCoveredAreas(List.of("iam")));
        LeadFilter filter = LeadFilter.queue().withSource(LeadSource.INTERVIEW);

        List<LeadSummary> exported = new ArrayList<>();
        f.run(f.a, "erin", () -> leads.export(filter, LeadSort.OLDEST, exported::add));

        assertThat(exported).isEqualTo(queue("erin", filter, LeadSort.OLDEST));
        assertThat(exported).extracting(s -> s.lead().id()).containsExactly(alpha.id(), gamma.id(), beta.id());
        assertThatThrownBy(() -> f.run(f.a, "ivan", () -> leads.export(filter, LeadSort.OLDEST, exported::add)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<LeadSummary> queue(String user, LeadFilter filter, LeadSort sort) {
        return f.as(f.a, user, () -> leads.find(filter, sort, 0, 100));
    }

    private List<LeadId> ids(LeadFilter filter) {
        return queue("eli", filter, LeadSort.SCORE).stream()
                .map(s -> s.lead().id())
                .toList();
    }
}
