/*
 * What this device keeps for the signed-in person, loaded by the main layout as a static file (the pre-compiled
 * bundle holds no code of ours). Conversation mode (conversation.js) keeps answers the server has not confirmed under
 * `stackup.pending.<tenant>.<user>.<interview>`, so they are only ever sent again by the same person in the same
 * tenant. At logout (Logout.java) the server asks how many of the person's answers are still waiting, warns when some
 * are, and clears them: the next person on the device finds nothing of theirs. Keys of the older form
 * `stackup.pending.<interview>` belong to no one and are cleared too. The person's unsaved template editor copies
 * (editor-copy.js) are cleared with them: logging out on a shared device leaves nothing of theirs behind.
 */
if (!window.stackupDevice) {
  const kept = user => Object.keys(localStorage).filter(k => {
    if (!k.startsWith('stackup.pending.')) return false;
    const parts = k.split('.');
    return parts.length === 3 || parts[3] === user;
  });
  // the template editor's unsaved copies (editor-copy.js): stackup.editor-draft.<tenant>.<user>.<template>
  const copies = user => Object.keys(localStorage)
    .filter(k => k.startsWith('stackup.editor-draft.') && k.split('.')[3] === user);
  const count = key => { try { return Object.keys(JSON.parse(localStorage.getItem(key)) || {}).length; }
                         catch (e) { return 0; } };
  window.stackupDevice = {
    pending: user => kept(user).reduce((n, key) => n + count(key), 0),
    clear: user => kept(user).concat(copies(user)).forEach(key => localStorage.removeItem(key))
  };
}
