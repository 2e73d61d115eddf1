package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.tenancy.TenantContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's unsaved working copy, kept in the browser's {@code localStorage} so that a reload, a closed tab or a
 * dropped connection loses nothing the server has seen (the script {@code scripts/editor-copy.js}). Kept under
 * {@link #key}, bound to the tenant and the person, so that on a shared device no one else, nor the same person in
 * another tenant, is offered it. The value is a JSON object: {@code lockVersion} (the lock the copy was edited from, so
 * that a save of it after someone else's is refused like any other), {@code savedAt} (an ISO instant) and
 * {@code template} (the document as {@link TemplateWriter} writes it, valid or not).
 *
 * <p>While a copy is kept the browser warns before the page is reloaded or closed; {@link #forget} (after a save, a
 * discard, or an undo back to the saved state) removes both. Stateless.
 */
final class EditorCopy {

    static final String SCRIPT = "context://scripts/editor-copy.js";
    static final String PREFIX = "stackup.editor-draft.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A copy read back: the template as the person left it, the lock it was based on, and when it was kept. */
    record Copy(int lockVersion, Instant savedAt, Template template) {}

    private EditorCopy() {}

    /** {@code stackup.editor-draft.<tenant>.<user>.<template>}. */
    static String key(String tenant, String user, TemplateId template) {
        return PREFIX + tenant + "." + user + "." + template;
    }

    /** The key of this template's copy for the person working now, in the tenant of this request. */
    static String key(TemplateId template) {
        return key(
                TenantContext.requireTenant().value().toString(),
                TenantContext.currentUser().orElseThrow(),
                template);
    }

    static String encode(int lockVersion, Instant savedAt, String document) {
        return "{\"lockVersion\": " + lockVersion + ", \"savedAt\": \"" + savedAt + "\", \"template\": "
                + document.strip() + "}";
    }

    /**
     * The copy a stored value holds; empty when there is none or it cannot be read (another shape, broken JSON): such
     * a value is not offered.
     */
    static Optional<Copy> decode(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(value);
            JsonNode lock = root.get("lockVersion");
            JsonNode savedAt = root.get("savedAt");
            JsonNode template = root.get("template");
            if (lock == null || !lock.canConvertToInt() || savedAt == null || !savedAt.isString() || template == null) {
                return Optional.empty();
            }
            Instant at = Instant.parse(savedAt.stringValue());
            return TemplateReader.readUnchecked(template.toString()).map(read -> new Copy(lock.intValue(), at, read));
        } catch (JacksonException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Loads the script before the calls below (Vaadin sends it once a page, before the page's calls into it). */
    static void install(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }

    /** Keeps the copy and warns before a reload or close while it is kept. */
    static void keep(Component view, String key, String value) {
        view.getElement().executeJs("window.stackupEditorCopy.keep($0, $1)", key, value);
    }

    /** Removes the copy and the warning. */
    static void forget(Component view, String key) {
        view.getElement().executeJs("window.stackupEditorCopy.forget($0)", key);
    }

    /** Stops warning, keeping the copy: the editor is left (the person chose to), its copy is offered next time. */
    static void release(UI ui) {
        ui.getPage().executeJs("window.stackupEditorCopy && window.stackupEditorCopy.release()");
    }

    /** Reads the copy kept for the key, asynchronously; {@code then} gets it, or empty when there is none. */
    static void read(Component view, String key, SerializableConsumer<Optional<Copy>> then) {
        view.getElement()
                .executeJs("return window.stackupEditorCopy.read($0)", key)
                .then(String.class, value -> then.accept(decode(value)), failure -> then.accept(Optional.empty()));
    }
}
