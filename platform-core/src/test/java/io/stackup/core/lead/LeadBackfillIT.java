package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Changeset 0007's {@code lead_backfill()}, which gave interviews completed before leads existed their lead, makes the
 * same lead the application makes at completion, from the stored result and the template's document.
 */
@CoreIntegrationTest
class LeadBackfillIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadService leads;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_backfill_makes_of_a_completed_interview_the_lead_its_completion_made() throws Exception {
        LeadFixture f = new LeadFixture(context);
        List<InterviewId> interviews = List.of(
                f.complete("All " + f.unique, LeadTemplates.allGaps(), "ivan"),
                f.complete("Iam " + f.unique, LeadTemplates.iamGap(), "fran"),
                f.complete("Dq " + f.unique, LeadTemplates.noBudget(), "ivan"),
                f.complete("None " + f.unique, LeadTemplates.answers("yes", "yes", "yes", "yes"), "ivan"),
                f.selfAssessment("Self " + f.unique, LeadTemplates.backupGap()));
        List<Lead> made = interviews.stream().map(f::leadOf).toList();
        Map<InterviewId, String> creators = Map.of(interviews.getFirst(), "ivan (ivan@example.test)");

        int backfilled;
        try (Connection owner = DriverManager.getConnection(
                SharedPostgres.get().jdbcUrl(EmbeddedDatabase.DATABASE),
                EmbeddedDatabase.OWNER_ROLE,
                EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE))) {
            owner.setAutoCommit(false);
            try (PreparedStatement forget = owner.prepareStatement("""
                    SELECT set_config('app.tenant_id', ?, true);
                    DELETE FROM lead_event WHERE tenant_id = ?::uuid;
                    DELETE FROM lead WHERE tenant_id = ?::uuid""")) {
                for (int i = 1; i <= 3; i++) {
                    forget.setString(i, f.a.id().toString());
                }
                forget.execute();
            }
            try (PreparedStatement backfill = owner.prepareStatement("SELECT lead_backfill()");
                    ResultSet result = backfill.executeQuery()) {
                result.next();
                backfilled = result.getInt(1);
            }
            owner.commit();
        }

        assertThat(backfilled).isGreaterThanOrEqualTo(interviews.size());
        for (Lead before : made) {
            Lead after = f.leadOf(before.interview());
            assertThat(after.id()).isNotEqualTo(before.id());
            assertThat(after)
                    .usingRecursiveComparison()
                    .comparingOnlyFields(
                            "interview",
                            "prospect",
                            "prospectName",
                            "source",
                            "status",
                            "score",
                            "qualified",
                            "rules",
                            "areaGaps",
                            "offerings",
                            "interviewerEmail",
                            "holderEmail")
                    .isEqualTo(before);
            LeadDetail detail = f.as(f.a, "admin", () -> leads.get(after.id()));
            assertThat(detail.history()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LeadEventKind.CREATED);
                assertThat(e.to()).isEqualTo(before.status());
                if (creators.containsKey(before.interview())) {
                    assertThat(e.actor()).isEqualTo(creators.get(before.interview()));
                }
            });
        }
        assertThat(made)
                .extracting(Lead::source)
                .containsExactly(
                        LeadSource.INTERVIEW,
                        LeadSource.INTERVIEW,
                        LeadSource.INTERVIEW,
                        LeadSource.INTERVIEW,
                        LeadSource.SELF);
    }
}
