/** Conversation mode: the interviewer runs an interview on a tablet (docs/adr/0009-conversation-mode.md). */
@NullMarked
package io.stackup.ui.interview.conversation;

import org.jspecify.annotations.NullMarked;
