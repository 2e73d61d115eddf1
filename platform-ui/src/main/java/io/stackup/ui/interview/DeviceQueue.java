package io.stackup.ui.interview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import io.stackup.core.interview.InterviewId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the answers given on this device in the browser's localStorage until the server confirms them, so neither a
 * dropped connection nor a server restart loses one.
 *
 * <p>The script, installed once per page, listens on the document: every tap on an option, change of a checkbox and
 * keystroke in a number, text or note field of a question card ({@code [data-question]} inside
 * {@code [data-interview]}) writes the card's whole state (the answer in template-format.md's shape, with its note;
 * {@code {}} for "no answer") under {@code stackup.pending.<interview>}. The server removes an entry once it has saved
 * exactly that state ({@link #confirm}); a newer entry stays. When the view attaches it reads what is left ({@link
 * #pending}) and saves it: this is how answers given while the server was away arrive after it returns.
 *
 * <p>The script also shows the view's offline banner while Vaadin's connection is lost, with the number of answers
 * kept on the device, and maps keys: 1–9 choose an option of the current question, arrows move between questions.
 */
final class DeviceQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SCRIPT = """
            if (!window.stackupQueue) {
              const storeKey = id => 'stackup.pending.' + id;
              const read = id => { try { return JSON.parse(localStorage.getItem(storeKey(id)) || '{}'); }
                                   catch (e) { return {}; } };
              const write = (id, map) => Object.keys(map).length ? localStorage.setItem(storeKey(id), JSON.stringify(map))
                                                               : localStorage.removeItem(storeKey(id));
              const canonical = v => JSON.stringify(v, v && typeof v === 'object' ? Object.keys(v).sort() : undefined);
              const collect = card => {
                const kind = card.dataset.kind, a = {};
                if (kind === 'choice') {
                  const b = card.querySelector('[data-option][aria-pressed="true"]');
                  if (b) a.option = b.dataset.option;
                } else if (kind === 'multi') {
                  if (card.dataset.touched === 'true') {
                    a.options = [...card.querySelectorAll('vaadin-checkbox[data-option]')]
                      .filter(c => c.checked).map(c => c.dataset.option);
                  }
                } else if (kind === 'number') {
                  const f = card.querySelector('[data-field="number"]');
                  if (f && f.value !== '' && !isNaN(Number(f.value))) a.number = Number(f.value);
                } else if (kind === 'text') {
                  const f = card.querySelector('[data-field="text"]');
                  if (f && f.value.trim() !== '') a.text = f.value;
                }
                const n = card.querySelector('[data-field="note"]');
                if (n && n.value.trim() !== '') a.note = n.value;
                return a;
              };
              const remember = card => {
                const root = card.closest('[data-interview]');
                if (!root) return;
                const id = root.dataset.interview, map = read(id);
                map[card.dataset.question] = collect(card);
                write(id, map);
                card.dataset.state = 'pending';
                banner();
              };
              const banner = () => {
                document.querySelectorAll('[data-interview]').forEach(root => {
                  const count = Object.keys(read(root.dataset.interview)).length;
                  root.querySelectorAll('.stackup-offline-count').forEach(s => s.textContent = String(count));
                });
              };
              const offline = off => {
                document.querySelectorAll('.stackup-offline-banner').forEach(b => b.hidden = !off);
                banner();
              };
              const press = (b, on) => {
                b.setAttribute('aria-pressed', String(on));
                const theme = new Set((b.getAttribute('theme') || '').split(' ').filter(Boolean));
                if (on) theme.add('primary'); else theme.delete('primary');
                b.setAttribute('theme', [...theme].join(' '));
              };
              const cardOf = e => e.target && e.target.closest && e.target.closest('[data-question]');
              document.addEventListener('click', e => {
                const option = e.target.closest && e.target.closest('[data-option]');
                const card = cardOf(e);
                if (!card) return;
                if (option && option.tagName !== 'VAADIN-CHECKBOX') {
                  card.querySelectorAll('[data-option]').forEach(b => press(b, b === option));
                  remember(card);
                } else if (e.target.closest('[data-clear]')) {
                  card.querySelectorAll('[data-option]').forEach(b => press(b, false));
                  card.dataset.touched = 'false';
                  card.querySelectorAll('[data-field="number"], [data-field="text"]').forEach(f => f.value = '');
                  remember(card);
                }
              }, true);
              document.addEventListener('change', e => {
                const card = cardOf(e);
                if (!card) return;
                if (e.target.closest('vaadin-checkbox[data-option]')) card.dataset.touched = 'true';
                remember(card);
              }, true);
              document.addEventListener('input', e => { const card = cardOf(e); if (card) remember(card); }, true);
              document.addEventListener('keydown', e => {
                const root = document.querySelector('[data-interview]');
                if (!root || e.altKey || e.ctrlKey || e.metaKey) return;
                const t = e.composedPath()[0];
                if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
                if (/^[1-9]$/.test(e.key)) {
                  const card = root.querySelector('[data-question].current') || root.querySelector('[data-question]');
                  const options = card ? [...card.querySelectorAll('[data-option]')] : [];
                  const target = options[Number(e.key) - 1];
                  if (target) { e.preventDefault(); target.click(); }
                } else if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(e.key) && root.$server) {
                  e.preventDefault();
                  root.$server.step(e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1);
                }
              });
              window.addEventListener('offline', () => offline(true));
              window.addEventListener('online', () => offline(false));
              const state = window.Vaadin && window.Vaadin.connectionState;
              if (state && state.addStateChangeListener) {
                state.addStateChangeListener((before, now) => offline(now === 'reconnecting' || now === 'connection-lost'));
              }
              window.stackupQueue = {
                pending: id => JSON.stringify(read(id)),
                confirm: (id, question, saved) => {
                  const map = read(id);
                  if (question in map && canonical(map[question]) === canonical(JSON.parse(saved))) {
                    delete map[question];
                    write(id, map);
                  }
                  banner();
                },
                drop: (id, question) => { const map = read(id); delete map[question]; write(id, map); banner(); }
              };
            }
            """;

    private DeviceQueue() {}

    /** Installs the script in the page (once; later calls do nothing). */
    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }

    /** Reads the answers this device still holds for the interview: question key to its whole state ({} = none). */
    static void pending(Component view, InterviewId interview, SerializableConsumer<Map<String, JsonNode>> then) {
        view.getElement()
                .executeJs("return window.stackupQueue ? window.stackupQueue.pending($0) : '{}'", interview.toString())
                .then(String.class, json -> {
                    Map<String, JsonNode> pending = new LinkedHashMap<>();
                    JsonNode tree = JSON.readTree(json == null ? "{}" : json);
                    tree.properties().forEach(e -> pending.put(e.getKey(), e.getValue()));
                    then.accept(pending);
                });
    }

    /** Tells the device the server saved this state of the question ({} for "no answer"), so it may forget it. */
    static void confirm(Component view, InterviewId interview, String question, @Nullable JsonNode saved) {
        view.getElement()
                .executeJs(
                        "window.stackupQueue && window.stackupQueue.confirm($0, $1, $2)",
                        interview.toString(),
                        question,
                        saved == null ? "{}" : saved.toString());
    }

    /** Forgets what the device holds for a question the server refused: keeping it would retry it for ever. */
    static void drop(Component view, InterviewId interview, String question) {
        view.getElement()
                .executeJs("window.stackupQueue && window.stackupQueue.drop($0, $1)", interview.toString(), question);
    }
}
