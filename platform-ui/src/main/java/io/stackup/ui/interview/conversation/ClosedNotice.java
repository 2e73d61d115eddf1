package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.interview.InterviewDetail;

/** Why this interview cannot be run here (someone else's, completed or cancelled), with the way to its page. */
class ClosedNotice extends Div {

    ClosedNotice(InterviewDetail detail, boolean mine) {
        Paragraph text = new Paragraph(getTranslation(
                mine ? "conversation.closed." + detail.status().name().toLowerCase() : "conversation.not-yours"));
        text.setId("conversation-closed");
        Button open = new Button(
                getTranslation("conversation.open-interview"),
                e -> getUI().ifPresent(ui -> ui.navigate("interviews/" + detail.id())));
        open.setId("conversation-open-interview");
        add(new H2(detail.prospectName()), text, open);
    }
}
