package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;

/** Gives an open interview to another interviewer, with a reason kept in its history; the new one gets a mail. */
class ReassignDialog extends Dialog {

    private final ComboBox<Member> interviewer = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final Span error = new Span();

    ReassignDialog(
            InterviewAssignmentService assignments, MemberService members, InterviewDetail detail, Runnable done) {
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("reassign.title", detail.prospectName()));
        setWidth("min(95vw, 36rem)");
        Paragraph intro = new Paragraph(getTranslation(
                "reassign.text",
                InterviewColumns.interviewer(detail.interviewerName(), detail.interviewerEmail()),
                detail.answers().size()));
        interviewer.setId("reassign-interviewer");
        interviewer.setLabel(getTranslation("reassign.to"));
        interviewer.setWidthFull();
        interviewer.setRequiredIndicatorVisible(true);
        interviewer.setItems(
                q -> members.findInterviewers(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        interviewer.setItemLabelGenerator(m -> m.displayName() + " (" + m.email() + ")");
        reason.setId("reassign-reason");
        reason.setLabel(getTranslation("interview.reason"));
        reason.setHelperText(getTranslation("interview.reason.help"));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        error.setId("reassign-error");
        error.addClassName("stackup-field-error");
        add(intro, new Div(interviewer), new Div(reason), error);

        Button confirm = new Button(getTranslation("interview.reassign"), e -> {
            interviewer.setInvalid(false);
            reason.setInvalid(false);
            error.setText("");
            if (interviewer.getValue() == null) {
                interviewer.setErrorMessage(getTranslation("assign.interviewer.required"));
                interviewer.setInvalid(true);
                return;
            }
            try {
                assignments.reassign(detail.id(), interviewer.getValue().email(), reason.getValue());
                close();
                Notification.show(
                                getTranslation(
                                        "reassign.done", interviewer.getValue().displayName()),
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (InterviewValidationException invalid) {
                for (Problem problem : invalid.problems()) {
                    if (problem.path().equals("$.reason")) {
                        reason.setErrorMessage(problem.message());
                        reason.setInvalid(true);
                    } else if (problem.path().equals("$.interviewer")) {
                        interviewer.setErrorMessage(problem.message());
                        interviewer.setInvalid(true);
                    } else {
                        error.setText(problem.message());
                    }
                }
            } catch (InterviewConflictException conflict) {
                interviewer.setErrorMessage(conflict.getMessage());
                interviewer.setInvalid(true);
            }
        });
        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("reassign-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                interviewer.focus();
            }
        });
    }
}
