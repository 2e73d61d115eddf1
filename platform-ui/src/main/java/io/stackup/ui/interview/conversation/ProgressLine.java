package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** How many of the visible questions are answered, as a bar and as "3 of 12 answered". */
class ProgressLine extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    ProgressLine() {
        bar.setId("conversation-progress");
        text.setId("conversation-progress-text");
        add(bar, text);
    }

    void show(int done, int total) {
        bar.setValue(total == 0 ? 0 : (double) done / total);
        text.setText(getTranslation("conversation.progress", done, total));
    }
}
