package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewValidationException;
import io.stackup.core.template.Problem;

/** Cancels an open interview for good, saying what that means first; the reason is kept in its history. */
class CancelDialog extends Dialog {

    CancelDialog(InterviewAssignmentService assignments, InterviewDetail detail, Runnable done) {
        setId("cancel-dialog");
        setHeaderTitle(getTranslation("cancel.title", detail.prospectName()));
        setWidth("min(95vw, 36rem)");
        Paragraph what = new Paragraph(getTranslation(
                "cancel.text",
                InterviewColumns.interviewer(detail.interviewerName(), detail.interviewerEmail()),
                detail.answers().size()));
        what.setId("cancel-text");
        TextArea reason = new TextArea(getTranslation("interview.reason"));
        reason.setId("cancel-reason");
        reason.setHelperText(getTranslation("interview.reason.help"));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Span error = new Span();
        error.setId("cancel-error");
        error.addClassName("stackup-field-error");
        add(what, new Div(reason), error);

        Button confirm = new Button(getTranslation("cancel.confirm"), e -> {
            reason.setInvalid(false);
            error.setText("");
            try {
                assignments.cancel(detail.id(), reason.getValue());
                close();
                Notification.show(getTranslation("cancel.done"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (InterviewValidationException invalid) {
                for (Problem problem : invalid.problems()) {
                    reason.setErrorMessage(problem.message());
                    reason.setInvalid(true);
                }
            } catch (InterviewConflictException conflict) {
                error.setText(conflict.getMessage());
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(getTranslation("cancel.keep"), e -> close());
        keep.setId("cancel-keep");
        getFooter().add(keep, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
