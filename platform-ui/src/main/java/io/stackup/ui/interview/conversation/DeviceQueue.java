package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the answers given on this device in the browser's localStorage until the server confirms them, so neither a
 * dropped connection nor a server restart loses one.
 *
 * <p>The script ({@code scripts/conversation.js}, a static file loaded once a page) listens on the document: every
 * tap on an option, change of a checkbox and keystroke in a number, text or note field of a question card
 * ({@code [data-question]} inside {@code [data-interview]}, drawn by {@link CardHtml}) writes the card's whole state
 * (the answer in docs/spec/template-format.md's shape, with its note; {@code {}} for "no answer") under
 * {@code stackup.pending.<tenant>.<user>.<interview>} ({@link #key}) and sends it to {@link AnswerSync#answer} (taps at once, typing after 800 ms).
 * The server removes an entry once it has saved exactly that state ({@link #confirm}); a newer entry stays. When the
 * screen opens, {@link AnswerSync} reads what is left ({@link #pending}) and saves it: this is how answers given
 * while the server was away arrive after it returns. The server draws saved answers of other devices, saved states,
 * visibility and the current card through the script's {@code show}, {@code mark}, {@code visible} and
 * {@code current}.
 *
 * <p>The script also shows the {@link OfflineBanner} while Vaadin's connection is lost, with the number of answers
 * kept on the device, and maps keys: 1–9 choose an option of the current question, arrows move between questions.
 */
final class DeviceQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The script, a static file (src/main/resources/META-INF/resources): the pre-compiled bundle holds none of ours. */
    static final String SCRIPT = "context://scripts/conversation.js";

    private DeviceQueue() {}

    /**
     * Where the device keeps the interview's unconfirmed answers: bound to the tenant and the person working, so that
     * on a shared device another person, or the same person in another tenant, never sends them. Cleared at logout
     * ({@code scripts/device.js}).
     */
    static String key(InterviewId interview) {
        return TenantContext.requireTenant().value() + "."
                + TenantContext.currentUser().orElseThrow() + "." + interview;
    }

    /**
     * Loads the script in the page before any call into it (once a page: Vaadin sends a dependency once, and the
     * script defines {@code window.stackupQueue} only once).
     */
    static void install(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }

    /** Reads the answers this device still holds for the interview: question key to its whole state ({} = none). */
    static void pending(Component view, String queue, SerializableConsumer<Map<String, JsonNode>> then) {
        view.getElement()
                .executeJs("return window.stackupQueue ? window.stackupQueue.pending($0) : '{}'", queue)
                .then(String.class, json -> {
                    Map<String, JsonNode> pending = new LinkedHashMap<>();
                    JsonNode tree = JSON.readTree(json == null ? "{}" : json);
                    tree.properties().forEach(e -> pending.put(e.getKey(), e.getValue()));
                    then.accept(pending);
                });
    }

    /** Tells the device the server saved this state of the question ({} for "no answer"), so it may forget it. */
    static void confirm(Component view, String queue, String question, @Nullable JsonNode saved) {
        view.getElement()
                .executeJs(
                        "window.stackupQueue && window.stackupQueue.confirm($0, $1, $2)",
                        queue,
                        question,
                        saved == null ? "{}" : saved.toString());
    }

    /** Forgets what the device holds for a question the server refused: keeping it would retry it for ever. */
    static void drop(Component view, String queue, String question) {
        view.getElement().executeJs("window.stackupQueue && window.stackupQueue.drop($0, $1)", queue, question);
    }

    /** Shows a saved state on its card ("Saved 10:42", or why it was refused: {@code kind} "success" or "error"). */
    static void mark(Component view, String question, String text, String kind) {
        view.getElement()
                .executeJs("window.stackupQueue && window.stackupQueue.mark(this, $0, $1, $2)", question, text, kind);
    }

    /** Draws a question's whole state (saved on another device) on its card. */
    static void show(Component view, String question, JsonNode state) {
        view.getElement()
                .executeJs("window.stackupQueue && window.stackupQueue.show(this, $0, $1)", question, state.toString());
    }

    /** Shows the cards of these questions and hides the others. */
    static void visible(Component view, java.util.Collection<String> questions) {
        view.getElement()
                .executeJs(
                        "window.stackupQueue && window.stackupQueue.visible(this, $0)",
                        JSON.writeValueAsString(questions));
    }

    /** Marks the card current, scrolls to it and focuses it. */
    static void current(Component view, @Nullable String question) {
        view.getElement()
                .executeJs(
                        "window.stackupQueue && window.stackupQueue.current(this, $0)",
                        question == null ? "" : question);
    }

    /** Makes every card read-only (the interview was completed, cancelled or reassigned meanwhile). */
    static void disable(Component view) {
        view.getElement().executeJs("window.stackupQueue && window.stackupQueue.disable(this)");
    }
}
