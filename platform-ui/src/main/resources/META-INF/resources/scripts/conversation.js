/*
 * Conversation mode's device side (docs/adr/0009-conversation-mode.md), loaded by the view as a static file: the
 * pre-compiled frontend bundle holds no code of ours. It keeps every answer given on this device in localStorage until
 * the server confirms it, under the key the view gives (`data-queue`: tenant, person and interview, so no one else
 * ever sends it; cleared at logout by device.js), sends card states to the view's `answer`, shows the offline banner and maps the keys. The
 * server calls into it through `window.stackupQueue` (see DeviceQueue.java for each call's contract).
 *
 * A card ([data-question] inside [data-interview], drawn by CardHtml.java) carries its state in the DOM: the pressed
 * option (aria-pressed), the checked boxes, the number, text and note fields. Its whole state is sent as an answer in
 * template-format.md's shape with its note, or {} for none (the card's "Clear" empties the note too: it removes the
 * answer and its note, as the API's DELETE does).
 */
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
    const id = root.dataset.queue, map = read(id);
    map[card.dataset.question] = collect(card);
    write(id, map);
    setState(card, root.dataset.saving || '…', '');
    refreshClear(card);
    banner();
    if (now) { send(card); }
    else { clearTimeout(timers.get(card)); timers.set(card, setTimeout(() => send(card), 800)); }
  };
  const banner = () => {
    const root = document.querySelector('[data-interview]');
    const count = root ? Object.keys(read(root.dataset.queue)).length : 0;
    document.querySelectorAll('.stackup-offline-count').forEach(s => s.textContent = String(count));
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
