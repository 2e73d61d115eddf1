package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Why the interview cannot be completed yet: the visible required questions still open, each a way to it. */
class MissingDialog extends Dialog {

    /**
     * @param text a question's text by its key
     * @param jump called with the key of the question chosen; the dialog closes first
     */
    MissingDialog(List<String> missing, Function<String, String> text, Consumer<String> jump) {
        setId("missing-dialog");
        setHeaderTitle(getTranslation("conversation.missing.title", missing.size()));
        Div list = new Div();
        list.addClassName("stackup-missing");
        for (String key : missing) {
            Button go = new Button(text.apply(key), e -> {
                close();
                jump.accept(key);
            });
            go.setId("missing-" + key);
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(go);
        }
        add(new Paragraph(getTranslation("conversation.missing.text")), list);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
