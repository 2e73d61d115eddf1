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
 * {@code [data-interview]}, drawn by {@link CardHtml}) writes the card's whole state (the answer in
 * template-format.md's shape, with its note; {@code {}} for "no answer") under {@code stackup.pending.<interview>} and
 * sends it to the view's {@code answer} (taps at once, typing after 800 ms). The server removes an entry once it has
 * saved exactly that state ({@link #confirm}); a newer entry stays. When the view attaches it reads what is left
 * ({@link #pending}) and saves it: this is how answers given while the server was away arrive after it returns. The
 * server draws saved answers of other devices, saved states, visibility and the current card through the script's
 * {@code show}, {@code mark}, {@code visible} and {@code current}.
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
              const answered = a => 'option' in a || 'options' in a || 'number' in a || 'text' in a;
              const collect = card => {
                const kind = card.dataset.kind, a = {};
                if (kind === 'choice') {
                  const b = card.querySelector('button[data-option][aria-pressed="true"]');
                  if (b) a.option = b.dataset.option;
                } else if (kind === 'multi') {
                  if (card.dataset.touched === 'true') {
                    a.options = [...card.querySelectorAll('input[data-option]')].filter(c => c.checked)
                      .map(c => c.dataset.option);
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
              const rootOf = card => card.closest('[data-interview]');
              const setState = (card, text, kind) => {
                const s = card.querySelector('.stackup-card-state');
                if (s) { s.textContent = text; s.setAttribute('theme', kind || ''); }
              };
              const refreshClear = card => {
                const c = card.querySelector('[data-clear]');
                if (c) c.hidden = !answered(collect(card));
              };
              const timers = new Map();
              const send = card => {
                const root = rootOf(card);
                clearTimeout(timers.get(card));
                timers.delete(card);
                if (root && root.$server) root.$server.answer(card.dataset.question, JSON.stringify(collect(card)));
              };
              const remember = (card, now) => {
                const root = rootOf(card);
                if (!root) return;
                const id = root.dataset.interview, map = read(id);
                map[card.dataset.question] = collect(card);
                write(id, map);
                setState(card, root.dataset.saving || '…', '');
                refreshClear(card);
                banner();
                if (now) { send(card); }
                else { clearTimeout(timers.get(card)); timers.set(card, setTimeout(() => send(card), 800)); }
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
              const current = (root, card) => {
                root.querySelectorAll('[data-question].current').forEach(c => c.classList.remove('current'));
                if (card) card.classList.add('current');
              };
              const cardOf = e => e.target && e.target.closest && e.target.closest('[data-question]');
              document.addEventListener('click', e => {
                const card = cardOf(e);
                if (!card) return;
                current(rootOf(card), card);
                const option = e.target.closest('button[data-option]');
                if (option && !option.disabled) {
                  card.querySelectorAll('button[data-option]').forEach(b => b.setAttribute('aria-pressed', String(b === option)));
                  remember(card, true);
                } else if (e.target.closest('[data-clear]')) {
                  card.querySelectorAll('button[data-option]').forEach(b => b.setAttribute('aria-pressed', 'false'));
                  card.querySelectorAll('input[data-option]').forEach(c => c.checked = false);
                  card.querySelectorAll('[data-field="number"], [data-field="text"], [data-field="note"]').forEach(f => f.value = '');
                  card.dataset.touched = 'false';
                  remember(card, true);
                }
              });
              document.addEventListener('change', e => {
                const card = cardOf(e);
                if (!card) return;
                if (e.target.matches('input[data-option]')) card.dataset.touched = 'true';
                remember(card, true);
              });
              document.addEventListener('input', e => {
                const card = cardOf(e);
                if (card && !e.target.matches('input[data-option]')) remember(card, false);
              });
              document.addEventListener('keydown', e => {
                const root = document.querySelector('[data-interview]');
                if (!root || e.altKey || e.ctrlKey || e.metaKey) return;
                const t = e.composedPath()[0];
                if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
                const card = root.querySelector('[data-question].current:not([hidden])')
                  || root.querySelector('[data-question]:not([hidden])');
                if (/^[1-9]$/.test(e.key)) {
                  const options = card ? [...card.querySelectorAll('button[data-option]')] : [];
                  const target = options[Number(e.key) - 1];
                  if (target) { e.preventDefault(); target.click(); }
                } else if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(e.key) && root.$server) {
                  e.preventDefault();
                  root.$server.step(e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1,
                    card ? card.dataset.question : '');
                }
              });
              window.addEventListener('offline', () => offline(true));
              window.addEventListener('online', () => offline(false));
              const state = window.Vaadin && window.Vaadin.connectionState;
              if (state && state.addStateChangeListener) {
                state.addStateChangeListener((before, now) => offline(now === 'reconnecting' || now === 'connection-lost'));
              }
              const cardIn = (root, question) => root.querySelector('[data-question="' + CSS.escape(question) + '"]');
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
                drop: (id, question) => { const map = read(id); delete map[question]; write(id, map); banner(); },
                mark: (root, question, text, kind) => { const c = cardIn(root, question); if (c) setState(c, text, kind); },
                show: (root, question, stateJson) => {
                  const card = cardIn(root, question);
                  if (!card) return;
                  const a = JSON.parse(stateJson);
                  card.querySelectorAll('button[data-option]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.option === a.option)));
                  card.querySelectorAll('input[data-option]').forEach(c => c.checked = (a.options || []).includes(c.dataset.option));
                  card.dataset.touched = String('options' in a);
                  const n = card.querySelector('[data-field="number"]'); if (n) n.value = 'number' in a ? a.number : '';
                  const t = card.querySelector('[data-field="text"]'); if (t) t.value = a.text || '';
                  const note = card.querySelector('[data-field="note"]'); if (note) note.value = a.note || '';
                  refreshClear(card);
                },
                visible: (root, keys) => {
                  const shown = new Set(JSON.parse(keys));
                  root.querySelectorAll('[data-question]').forEach(c => c.hidden = !shown.has(c.dataset.question));
                },
                current: (root, question) => {
                  const card = question ? cardIn(root, question) : null;
                  current(root, card);
                  if (card) {
                    card.scrollIntoView({block: 'center', behavior: 'smooth'});
                    if (!card.contains(document.activeElement)) card.focus({preventScroll: true});
                  }
                },
                disable: root => root.querySelectorAll('[data-question] button, [data-question] input, [data-question] textarea')
                  .forEach(e => e.disabled = true)
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
