/*
 * The template editor's unsaved working copy on this device (EditorCopy.java), loaded by the editor as a static file
 * (the pre-compiled bundle holds no code of ours). The server sends the copy after every change it has seen, under
 * `stackup.editor-draft.<tenant>.<user>.<template>`, and asks the browser to warn before a reload or a closed tab
 * while one is kept; a saved, discarded or never-changed draft keeps none and warns of nothing.
 */
if (!window.stackupEditorCopy) {
  const warn = event => {
    event.preventDefault();
    event.returnValue = '';
  };
  let guarded = false;
  const guard = on => {
    if (on && !guarded) window.addEventListener('beforeunload', warn);
    if (!on && guarded) window.removeEventListener('beforeunload', warn);
    guarded = on;
  };
  window.stackupEditorCopy = {
    keep: (key, value) => {
      try { localStorage.setItem(key, value); } catch (e) { /* full or denied: the warning still guards it */ }
      guard(true);
    },
    read: key => { try { return localStorage.getItem(key); } catch (e) { return null; } },
    forget: key => {
      try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
      guard(false);
    },
    /** Leaves the copy where it is and stops warning: the editor is no longer shown. */
    release: () => guard(false)
  };
}
