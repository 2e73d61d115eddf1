package io.stackup.ui.lead;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.stackup.core.lead.LeadConflictException;
import io.stackup.core.lead.LeadValidationException;
import io.stackup.core.template.Problem;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Asks for one text (a note, a reason) and hands it to a lead action. The service checks it: a missing or too long
 * text is shown at the field and the dialog stays open; a conflict (the lead changed meanwhile) closes the dialog and
 * goes to the page, which shows the service's message with the lead as it now stands.
 */
class TextDialog extends Dialog {

    /** What the dialog says: its id prefix, title, text, field label and confirm button, as translation keys. */
    record Texts(String id, String title, String text, String label, String confirm) {}

    TextDialog(
            Texts texts,
            String prospect,
            boolean required,
            int maxLength,
            Consumer<String> action,
            Runnable done,
            Consumer<String> conflict) {
        setId(texts.id() + "-dialog");
        setHeaderTitle(getTranslation(texts.title(), prospect));
        setWidth("min(95vw, 36rem)");
        TextArea field = new TextArea(getTranslation(texts.label()));
        field.setId(texts.id() + "-text");
        field.setWidthFull();
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        add(new Paragraph(getTranslation(texts.text())), field);

        Button confirm = new Button(getTranslation(texts.confirm()), e -> {
            field.setInvalid(false);
            try {
                action.accept(field.getValue());
                close();
                done.run();
            } catch (LeadValidationException invalid) {
                field.setErrorMessage(
                        invalid.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
                field.setInvalid(true);
            } catch (LeadConflictException changed) {
                close();
                conflict.accept(changed.getMessage());
            }
        });
        confirm.setId(texts.id() + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(texts.id() + "-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                field.focus();
            }
        });
    }
}
