package io.stackup.ui.interview.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.interview.RelayedAnswers;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.support.BrowserlessViewTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances on one database: this test's application context is one, and a second relay and
 * broadcaster built here on the same PostgreSQL is the other. A screen on each instance learns that the interview is
 * open on two screens, an answer saved on one reaches the other's screen as stored, and a screen closing on one is
 * counted out on the other: through PostgreSQL's LISTEN/NOTIFY, with nothing shared in memory.
 */
class AnswerRelayIT extends BrowserlessViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    private AnswerBroadcaster instanceA;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Environment environment;

    @Autowired
    private RelayedAnswers relayedAnswers;

    @Autowired
    private TemplateService templates;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private InterviewAssignmentService assignments;

    @Autowired
    private InterviewService interviews;

    private PostgresScreenRelay relayB;
    private final List<Registration> onA = new CopyOnWriteArrayList<>();

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @AfterEach
    void stopSecondInstance() {
        onA.forEach(Registration::remove);
        if (relayB != null) {
            relayB.stop();
        }
    }

    @Test
    void a_screen_on_another_instance_is_counted_and_hears_of_each_answer_as_stored() throws Exception {
        InterviewId interview = interview();
        TenantId tenant = TenantContext.requireTenant();
        AnswerBroadcaster instanceB = secondInstance();

        ScreenRecorder laptop = new ScreenRecorder();
        Registration laptopOnB = instanceB.register(tenant, interview, laptop);
        await("instance A counts the screen on B", () -> instanceA.screens(tenant, interview) == 1);

        ScreenRecorder tablet = new ScreenRecorder();
        onA.add(instanceA.register(tenant, interview, tablet));
        assertThat(instanceA.screens(tenant, interview)).isEqualTo(2);
        assertThat(tablet.lastCount()).isEqualTo(2);
        await("the screen on B hears that the interview is open on two screens", () -> laptop.lastCount() == 2);

        // The tablet's answer, saved as its screen saves it, then told to the other screens.
        signInAs("interviewer@demo.test", "demo");
        Answer stored = interviews
                .answer(interview, "has-dir", JSON.readTree("{\"option\": \"no\", \"note\": \"relayed\"}"))
                .answer();
        instanceA.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", stored, tablet));

        await("the answer reaches the screen on B", () -> !laptop.saved.isEmpty());
        AnswerBroadcaster.Saved relayed = laptop.saved.getFirst();
        assertThat(relayed.question()).isEqualTo("has-dir");
        assertThat(relayed.answer()).isEqualTo(new Answer.Choice("no", "relayed"));
        assertThat(relayed.origin()).isSameAs(AnswerBroadcaster.ANOTHER_INSTANCE);
        assertThat(tablet.saved).as("the screen that saved it is not told").isEmpty();

        interviews.removeAnswer(interview, "has-dir");
        instanceA.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", null, tablet));
        await("the removal reaches the screen on B", () -> laptop.saved.size() == 2);
        assertThat(laptop.saved.get(1).answer()).isNull();

        laptopOnB.remove();
        await("instance A counts the closed screen out", () -> instanceA.screens(tenant, interview) == 1);
        // The relay's thread updates the count, then tells A's screens: the tablet hears a moment after.
        await("the tablet hears that it is the only screen left", () -> tablet.lastCount() == 1);
    }

    @Test
    void another_tenants_screen_on_the_same_interview_id_hears_nothing() throws Exception {
        InterviewId interview = interview();
        TenantId tenant = TenantContext.requireTenant();
        AnswerBroadcaster instanceB = secondInstance();

        ScreenRecorder stranger = new ScreenRecorder();
        instanceB.register(new TenantId(UUID.randomUUID()), interview, stranger);
        ScreenRecorder laptop = new ScreenRecorder();
        instanceB.register(tenant, interview, laptop);
        ScreenRecorder tablet = new ScreenRecorder();
        onA.add(instanceA.register(tenant, interview, tablet));
        await("the screen on B hears of the tablet", () -> laptop.lastCount() == 2);

        signInAs("interviewer@demo.test", "demo");
        Answer stored = interviews
                .answer(interview, "budget", JSON.readTree("{\"option\": \"yes\"}"))
                .answer();
        instanceA.publish(tenant, new AnswerBroadcaster.Saved(interview, "budget", stored, tablet));
        await("the answer reaches the tenant's screen on B", () -> !laptop.saved.isEmpty());

        assertThat(stranger.saved).isEmpty();
        assertThat(stranger.lastCount()).isEqualTo(1);
    }

    /** The second instance's relay (stopped after the test) and broadcaster, on the same PostgreSQL. */
    private AnswerBroadcaster secondInstance() {
        relayB = new PostgresScreenRelay(jdbc, environment);
        AnswerBroadcaster broadcaster = new AnswerBroadcaster(relayB, relayedAnswers);
        relayB.start();
        return broadcaster;
    }

    /** As admin, a published mini-io, a prospect and an interview assigned to the demo interviewer. */
    private InterviewId interview() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"relay-" + unique + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        TemplateVersion template = templates.importDocument(document, TemplateReader.Syntax.JSON, true, false);
        var prospect = prospects
                .create(new ProspectDraft("Relay " + unique, null, null, null, null, null))
                .id();
        return assignments
                .assign(new NewInterview(template.id(), prospect, "interviewer@demo.test", Map.of(), null))
                .id();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
