package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.notification.NotificationPreferences;
import io.stackup.core.notification.NotificationService;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.support.SharedPostgresInitializer;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.deploy.MailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails about leads go through the scheduler to a real SMTP server: a new qualified lead to the experts covering
 * its areas (or none declared) who did not opt out; an overdue lead once to the admins, however often the check runs.
 */
@CoreIntegrationTest
class LeadMailsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadAreaService areas;

    @Autowired
    NotificationService notifications;

    @Autowired
    LeadOverdueCheck overdueCheck;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    LeadFixture f;
    final MailServer mail = SharedPostgresInitializer.mail();

    @BeforeEach
    void two_tenants_and_the_lead_template() {
        f = new LeadFixture(context);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_qualified_lead_mails_the_experts_covering_its_areas_and_not_those_who_opted_out() {
        f.run(f.a, "erin", () -> areas.changeCoveredAreas(List.of("backup")));
        f.run(f.a, "eli", () -> notifications.change(new NotificationPreferences(false)));
        assertThat(f.as(f.a, "eli", () -> notifications.mine().newLeads())).isFalse();
        assertThat(f.as(f.a, "erin", () -> notifications.mine().newLeads())).isTrue();

        f.lead("Backup " + f.unique, LeadTemplates.backupGap());
        f.lead("Iam " + f.unique, LeadTemplates.iamGap());

        MimeMessage toErin = mail.await(mail("erin", "New lead: Backup " + f.unique), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no new-lead mail to erin"));
        assertThat(MailServer.body(toErin)).contains("/leads/").contains("backup");
        pause(Duration.ofSeconds(2));
        assertThat(mail.received().stream().filter(mail("eli", f.unique)))
                .as("eli opted out")
                .isEmpty();
        assertThat(mail.received().stream().filter(mail("erin", "New lead: Iam " + f.unique)))
                .as("erin covers backup, not iam")
                .isEmpty();
        assertThat(mail.received().stream().filter(mail("erin", "New lead: Backup " + f.unique)))
                .hasSize(1);
    }

    @Test
    void an_overdue_lead_is_marked_once_and_its_admins_get_exactly_one_mail_even_when_the_check_runs_twice() {
        LeadId lead = f.lead("Late " + f.unique, LeadTemplates.allGaps());
        TenantContext.callAs(
                f.a.id(),
                "test",
                () -> tx.execute(s -> jdbc.update(
                        "UPDATE lead SET status_changed_at = now() - interval '4 days' WHERE id = ?", lead.value())));

        assertThat(overdueCheck.check(f.a.id())).isEqualTo(1);
        assertThat(overdueCheck.check(f.a.id())).isZero();
        overdueCheck.checkAll();

        LeadDetail detail =
                f.as(f.a, "admin", () -> context.getBean(LeadService.class).get(lead));
        assertThat(detail.lead().overdue()).isTrue();
        assertThat(detail.history().stream().filter(e -> e.kind() == LeadEventKind.OVERDUE))
                .hasSize(1);
        assertThat(mail.await(mail("admin", "Lead overdue: Late " + f.unique), Duration.ofSeconds(20)))
                .isPresent();
        pause(Duration.ofSeconds(2));
        assertThat(mail.received().stream().filter(mail("admin", "Lead overdue: Late " + f.unique)))
                .hasSize(1);
    }

    @Test
    void a_tenants_own_time_to_pick_up_decides_when_a_lead_is_overdue() {
        LeadId lead = f.lead("Patient " + f.unique, LeadTemplates.allGaps());
        TenantContext.callAs(
                f.a.id(),
                "test",
                () -> tx.execute(s -> jdbc.update(
                        "UPDATE lead SET status_changed_at = now() - interval '4 days' WHERE id = ?", lead.value())));
        var settings = context.getBean(io.stackup.core.tenancy.TenantSettings.class);
        f.run(f.a, "admin", () -> settings.changeLeadPickupHours(120));

        assertThat(overdueCheck.check(f.a.id())).isZero();
        f.run(f.a, "admin", () -> settings.changeLeadPickupHours(72));
        assertThat(overdueCheck.check(f.a.id())).isEqualTo(1);
    }

    private static Predicate<MimeMessage> mail(String user, String subjectPart) {
        return m -> {
            try {
                Address[] to = m.getAllRecipients();
                return m.getSubject().contains(subjectPart)
                        && Arrays.stream(to).anyMatch(a -> a.toString().equals(LeadFixture.email(user)));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
