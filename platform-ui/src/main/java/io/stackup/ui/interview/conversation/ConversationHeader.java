package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.stackup.core.interview.InterviewDetail;

/** Whom the conversation is with, on which template, and its actions: the mode, "so far" and "Complete". */
class ConversationHeader extends Div {

    private final Button mode = new Button();

    ConversationHeader(
            InterviewDetail detail, boolean oneAtATime, Runnable toggleMode, Runnable toggleSoFar, Runnable complete) {
        addClassName("stackup-conversation-header");
        H2 heading = new H2(detail.prospectName());
        heading.setId("conversation-prospect");
        Span meta = new Span(detail.templateName() + " · " + detail.templateVersion()
                + (detail.dueDate() == null ? "" : " · " + getTranslation("conversation.due", detail.dueDate())));
        meta.addClassName("stackup-conversation-meta");

        mode.setId("conversation-mode");
        mode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mode.addClickListener(e -> toggleMode.run());
        mode(oneAtATime);
        Button soFar = new Button(
                getTranslation("conversation.so-far"), VaadinIcon.BAR_CHART.create(), e -> toggleSoFar.run());
        soFar.setId("conversation-so-far");
        Button done =
                new Button(getTranslation("conversation.complete"), VaadinIcon.CHECK.create(), e -> complete.run());
        done.setId("conversation-complete");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(mode, soFar, done);
        actions.addClassName("stackup-conversation-actions");
        add(heading, meta, actions);
    }

    /** Labels the mode button with the mode it switches to. */
    void mode(boolean oneAtATime) {
        mode.setText(getTranslation(oneAtATime ? "conversation.mode.section" : "conversation.mode.one"));
    }
}
