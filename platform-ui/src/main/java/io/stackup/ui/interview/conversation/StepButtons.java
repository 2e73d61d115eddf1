package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.IntConsumer;

/** "Previous" and "Next" below the cards, for those who tap rather than use the arrow keys. */
class StepButtons extends Div {

    /** @param step called with -1 (previous) or 1 (next) */
    StepButtons(IntConsumer step) {
        addClassName("stackup-conversation-footer");
        Button previous = new Button(
                getTranslation("conversation.previous"), VaadinIcon.ARROW_LEFT.create(), e -> step.accept(-1));
        previous.setId("conversation-previous");
        Button next =
                new Button(getTranslation("conversation.next"), VaadinIcon.ARROW_RIGHT.create(), e -> step.accept(1));
        next.setId("conversation-next");
        next.setIconAfterText(true);
        add(previous, next);
    }
}
