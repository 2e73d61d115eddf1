package io.stackup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.InterviewCompleted;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewEventKind;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.report.ResultReport;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Public links and self-assessments on real PostgreSQL: tokens, tenants kept apart, submissions, limits. */
@CoreIntegrationTest
@RecordApplicationEvents
class SelfAssessmentServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PublicLinkService links;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    TemplateService templates;

    @Autowired
    InterviewService interviews;

    @Autowired
    ProspectService prospects;

    @Autowired
    TenantDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Tenant a;
    Tenant b;
    TemplateId template;
    String address;

    @BeforeEach
    void a_tenant_with_a_published_template() {
        a = register("sa");
        b = register("sb");
        template = publish(a, "pub-" + UUID.randomUUID().toString().substring(0, 8), true);
        address = "203.0.113." + UUID.randomUUID();
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_token_resolves_only_while_the_link_is_enabled_and_unexpired() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, " Welcome! ")));
        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.welcome()).isEqualTo("Welcome!");

        SelfAssessmentPage page = assessments.open(link.token(), address);
        assertThat(page.tenantName()).isEqualTo(a.name());
        assertThat(page.welcome()).isEqualTo("Welcome!");
        assertThat(page.template().template().name()).isEqualTo("Mini IO");

        PublicLink off = admin(a, () -> links.setEnabled(link.id(), false));
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> assessments.open(link.token(), address)).isInstanceOf(LinkNotActiveException.class);

        PublicLink expired = admin(
                a,
                () -> links.update(
                        link.id(),
                        off.lockVersion(),
                        new PublicLinkSettings(true, Instant.now().minus(1, ChronoUnit.MINUTES), null)));
        assertThatThrownBy(() -> assessments.open(link.token(), address)).isInstanceOf(LinkNotActiveException.class);

        admin(
                a,
                () -> links.update(
                        link.id(),
                        expired.lockVersion(),
                        new PublicLinkSettings(true, Instant.now().plus(1, ChronoUnit.DAYS), null)));
        assertThat(assessments.open(link.token(), address).tenantName()).isEqualTo(a.name());

        assertThatThrownBy(() -> assessments.open(PublicLinkService.newToken(), address))
                .isInstanceOf(LinkNotActiveException.class);
        assertThatThrownBy(() -> assessments.open("not-a-token'; --", address))
                .isInstanceOf(LinkNotActiveException.class);
    }

    @Test
    void a_suspended_tenants_links_are_not_active() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        directory.changeStatus(a.id(), TenantStatus.SUSPENDED);
        assertThatThrownBy(() -> assessments.open(link.token(), address)).isInstanceOf(LinkNotActiveException.class);
    }

    @Test
    void another_tenants_links_are_invisible_and_the_application_role_cannot_resolve_them_without_the_function() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        admin(
                b,
                () -> links.create(
                        publish(b, "b-" + UUID.randomUUID().toString().substring(0, 8), true),
                        new PublicLinkSettings(true, null, null)));

        assertThat(admin(b, () -> links.find(null, 0, 50)))
                .extracting(PublicLink::id)
                .doesNotContain(link.id());
        assertThat(admin(b, () -> links.count(null))).isEqualTo(1);
        assertThat(admin(a, () -> links.find(template, 0, 50)))
                .extracting(PublicLink::id)
                .containsExactly(link.id());
        assertThatThrownBy(() -> admin(b, () -> links.get(link.id()))).isInstanceOf(PublicLinkNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_link", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stackup_public_link(?)", Integer.class, link.token()))
                .isEqualTo(1);
    }

    @Test
    void only_an_admin_manages_links_and_only_of_published_templates() {
        TemplateId draft = publish(a, "draft-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThatThrownBy(() -> admin(a, () -> links.create(draft, new PublicLinkSettings(true, null, null))))
                .isInstanceOf(TemplateConflictException.class);
        assertThatThrownBy(() -> as(a, Roles.INTERVIEWER, () -> links.find(null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        admin(a, () -> links.create(template, new PublicLinkSettings(true, null, "x".repeat(2001)))))
                .isInstanceOf(PublicLinkValidationException.class);
    }

    @Test
    void a_submission_makes_a_prospect_and_a_completed_self_assessment_with_the_scored_result() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        JsonNode answers = JSON.readTree(
                "{\"has-dir\": {\"option\": \"no\", \"note\": \"local only\"}, \"budget\": {\"option\": \"yes\"}}");

        SelfAssessmentReceipt receipt = assessments.submit(
                link.token(),
                new Respondent(" Rita Respondent ", "Acme Ltd", "rita@acme.test", true),
                answers,
                address);

        assertThat(receipt.receipt()).matches("[A-Za-z0-9_-]{43}");
        assertThat(receipt.result().overall().level()).isEqualTo("basic");
        assertThat(receipt.result().roadmap())
                .extracting(Result.RoadmapStep::recommendation)
                .containsExactly("joiner-process", "central-dir");

        List<InterviewSummary> all = admin(a, () -> interviews.find(InterviewFilter.all(), 0, 50));
        assertThat(all).hasSize(1);
        InterviewDetail detail = admin(a, () -> interviews.get(all.getFirst().id()));
        assertThat(detail.source()).isEqualTo(InterviewSource.SELF_ASSESSMENT);
        assertThat(detail.status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(detail.interviewerUserId()).isNull();
        assertThat(detail.prospectName()).isEqualTo("Acme Ltd");
        assertThat(detail.answerMap()).containsOnlyKeys("has-dir", "budget");
        assertThat(detail.history()).extracting(InterviewEvent::kind).containsExactly(InterviewEventKind.COMPLETED);
        Result expected = admin(a, () -> templates.published(template))
                .score(
                        AnswerReader.readAll(admin(a, () -> templates.load(template)), answers),
                        Map.of(),
                        detail.id().toString(),
                        true);
        assertThat(detail.result()).isEqualTo(expected);
        assertThat(receipt.result()).isEqualTo(expected);

        Prospect prospect = admin(a, () -> prospects.get(detail.prospectId()));
        assertThat(prospect.contactName()).isEqualTo("Rita Respondent");
        assertThat(prospect.contactEmail()).isEqualTo("rita@acme.test");
        assertThat(prospect.notes()).contains("Self-assessment");
        assertThat(events.stream(InterviewCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.interview()).isEqualTo(detail.id());
            assertThat(e.qualified()).isTrue();
        });
        assertThat(admin(a, () -> links.get(link.id())).submissions()).isEqualTo(1);

        OwnResult own = assessments.result(link.token(), receipt.receipt(), address);
        assertThat(own.result()).isEqualTo(expected);
        assertThat(own.tenantName()).isEqualTo(a.name());
        assertThat(own.report().result()).isEqualTo(expected);
        assertThat(own.report().tenantName()).isEqualTo(a.name());
        assertThat(own.report().prospectName()).isEqualTo("Acme Ltd");
        assertThat(own.report().interviewerName()).isNull();
        assertThat(own.report().notes()).isEqualTo(ResultReport.Notes.OMITTED);
        assertThat(own.report().areas().getFirst().capabilities().getFirst().evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.answer()).isEqualTo("No");
                    assertThat(e.note()).as("a public page shows no notes").isNull();
                });
        assertThatThrownBy(() -> assessments.result(link.token(), PublicLinkService.newToken(), address))
                .isInstanceOf(LinkNotActiveException.class);
        PublicLink other = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        assertThatThrownBy(() -> assessments.result(other.token(), receipt.receipt(), address))
                .isInstanceOf(LinkNotActiveException.class);
        assertThat(admin(b, () -> interviews.count(InterviewFilter.all()))).isZero();
    }

    @Test
    void bad_input_stores_nothing_and_names_every_problem() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        JsonNode answers = JSON.readTree("{\"has-dir\": {\"option\": \"maybe\"}, \"nope\": {\"option\": \"yes\"}}");

        assertThatThrownBy(() -> assessments.submit(
                        link.token(), new Respondent("", "x".repeat(201), "not-an-address", false), answers, address))
                .isInstanceOfSatisfying(
                        SelfAssessmentValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .contains(
                                        "$.respondent.name",
                                        "$.respondent.company",
                                        "$.respondent.email",
                                        "$.respondent.consent",
                                        "$.answers['has-dir'].option",
                                        "$.answers.nope"));
        assertThatThrownBy(() -> assessments.submit(
                        link.token(),
                        new Respondent("Rita", "Acme", "rita@acme.test", true),
                        JSON.readTree("{\"has-dir\": {\"option\": \"yes\"}}"),
                        address))
                .isInstanceOfSatisfying(
                        SelfAssessmentValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly("$.answers.provisioning", "$.answers.budget"));

        assertThat(admin(a, () -> interviews.count(InterviewFilter.all()))).isZero();
        assertThat(admin(a, () -> prospects.count(""))).isZero();
    }

    @Test
    void the_eleventh_submission_from_one_address_within_an_hour_is_refused() {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        JsonNode answers = JSON.readTree("{\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"no\"}}");
        Respondent rita = new Respondent("Rita", "Acme", "rita@acme.test", true);
        for (int i = 0; i < 10; i++) {
            assessments.submit(link.token(), rita, answers, address);
        }
        assertThatThrownBy(() -> assessments.submit(link.token(), rita, answers, address))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageStartingWith("Too many submissions from your address; try again in ")
                .hasMessageMatching(".*try again in \\d+ minutes?\\.");
        assessments.submit(link.token(), rita, answers, address + "-other");
        assertThat(admin(a, () -> interviews.count(InterviewFilter.all()))).isEqualTo(11);
    }

    @Test
    void a_link_takes_100_submissions_an_hour_counted_exactly_when_they_come_at_once() throws Exception {
        PublicLink link = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        PublicLink another = admin(a, () -> links.create(template, new PublicLinkSettings(true, null, null)));
        JsonNode answers = JSON.readTree("{\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"no\"}}");
        Respondent rita = new Respondent("Rita", "Acme", "rita@acme.test", true);
        List<Future<String>> outcomes = new ArrayList<>();
        // 110 respondents, each from their own address, four at a time: the link's row lock counts them one by one
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 110; i++) {
                String from = address + "-" + i;
                outcomes.add(pool.submit(() -> {
                    try {
                        assessments.submit(link.token(), rita, answers, from);
                        return "stored";
                    } catch (RateLimitedException refused) {
                        return refused.getMessage();
                    }
                }));
            }
        }
        Map<String, Long> counted = new java.util.TreeMap<>();
        for (Future<String> outcome : outcomes) {
            counted.merge(
                    outcome.get().replaceAll("try again in \\d+ minutes?", "try again in N minutes"), 1L, Long::sum);
        }
        assertThat(counted)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("stored", 100L, "This link received too many answers; try again in N minutes.", 10L));
        assertThat(admin(a, () -> interviews.count(InterviewFilter.all())))
                .as("refused ones store nothing")
                .isEqualTo(100);

        assessments.submit(another.token(), rita, answers, address + "-another");
        assertThat(admin(a, () -> interviews.count(InterviewFilter.all())))
                .as("other links keep their own count")
                .isEqualTo(101);
    }

    private TemplateId publish(Tenant tenant, String key, boolean published) {
        return admin(tenant, () -> templates.importDocument(miniIo(key), TemplateReader.Syntax.JSON, published, false))
                .id();
    }

    private <T> T admin(Tenant tenant, Supplier<T> work) {
        return as(tenant, Roles.TENANT_ADMIN, work);
    }

    private <T> T as(Tenant tenant, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(role, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-" + role, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }

    static byte[] miniIo(String key) {
        try (InputStream in =
                SelfAssessmentServiceIT.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
