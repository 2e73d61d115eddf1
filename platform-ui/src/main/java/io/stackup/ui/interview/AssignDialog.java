package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewRef;
import io.stackup.core.interview.InterviewValidationException;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.ui.shell.UserFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Assigns an interview on a prospect: a published template version, the interviewer (an admin picks any; an
 * interviewer starts one for themselves), an optional due date and optional target levels per capability. Every
 * problem shows next to its field; on success the interview page opens.
 */
public class AssignDialog extends Dialog {

    private final TemplateService templates;
    private final InterviewAssignmentService assignments;
    private final ProspectId prospect;

    private final ComboBox<TemplateSummary> template = new ComboBox<>();
    private final ComboBox<Member> interviewer = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Div targets = new Div();
    private final Span targetsError = new Span();
    private final Span generalError = new Span();
    private final Button addTarget = new Button();
    private final List<TargetRow> rows = new ArrayList<>();
    private @Nullable Template loaded;

    /**
     * @param self the calling interviewer's own member when they may assign only themselves, else {@code null} (an
     *     admin picks any interviewer)
     */
    public AssignDialog(
            TemplateService templates,
            MemberService members,
            InterviewAssignmentService assignments,
            ProspectId prospect,
            String prospectName,
            @Nullable Member self) {
        this.templates = templates;
        this.assignments = assignments;
        this.prospect = prospect;
        setId("assign-dialog");
        setHeaderTitle(getTranslation(self == null ? "assign.title" : "assign.title.self", prospectName));
        setWidth("min(95vw, 40rem)");

        template.setId("assign-template");
        template.setLabel(getTranslation("assign.template"));
        template.setPlaceholder(getTranslation("assign.template.placeholder"));
        template.setItems(q ->
                templates
                        .list(q.getFilter().orElse(""), TemplateStatus.PUBLISHED, q.getOffset(), q.getLimit())
                        .stream());
        template.setItemLabelGenerator(t -> t.name() + " " + t.version() + " (" + t.key() + ")");
        template.setRequiredIndicatorVisible(true);
        template.setWidthFull();
        template.addValueChangeListener(e -> templateChosen(e.getValue()));

        interviewer.setId("assign-interviewer");
        interviewer.setLabel(getTranslation("assign.interviewer"));
        interviewer.setItemLabelGenerator(m -> m.displayName() + " (" + m.email() + ")");
        interviewer.setRequiredIndicatorVisible(true);
        interviewer.setWidthFull();
        if (self != null) {
            interviewer.setItems(List.of(self));
            interviewer.setValue(self);
            interviewer.setReadOnly(true);
            interviewer.setHelperText(getTranslation("assign.interviewer.self"));
        } else {
            interviewer.setItems(
                    q -> members.findInterviewers(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        }

        due.setId("assign-due");
        due.setLabel(getTranslation("assign.due"));
        due.setHelperText(getTranslation("assign.due.help"));
        due.setMin(UserFormats.today());
        due.setClearButtonVisible(true);
        due.setLocale(UserFormats.locale());

        targets.setId("assign-targets");
        targetsError.setId("assign-targets-error");
        targetsError.addClassName("stackup-field-error");
        generalError.setId("assign-error");
        generalError.addClassName("stackup-field-error");
        addTarget.setText(getTranslation("assign.target.add"));
        addTarget.setIcon(VaadinIcon.PLUS.create());
        addTarget.setId("assign-add-target");
        addTarget.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addTarget.setEnabled(false);
        addTarget.addClickListener(e -> addRow());

        Div targetsBlock = new Div(
                new Span(getTranslation("assign.targets")),
                new Paragraph(getTranslation("assign.targets.help")),
                targets,
                addTarget,
                targetsError);
        targetsBlock.addClassName("stackup-assign-targets");
        add(new Div(template), new Div(interviewer), new Div(due), targetsBlock, generalError);

        Button assign =
                new Button(getTranslation(self == null ? "assign.submit" : "assign.submit.self"), e -> submit());
        assign.setId("assign-submit");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("assign-cancel");
        getFooter().add(cancel, assign);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                template.focus();
            }
        });
    }

    private void templateChosen(@Nullable TemplateSummary chosen) {
        rows.clear();
        targets.removeAll();
        loaded = chosen == null ? null : templates.load(chosen.id());
        addTarget.setEnabled(loaded != null);
    }

    private void addRow() {
        if (loaded == null) {
            return;
        }
        TargetRow row = new TargetRow(loaded, rows.size());
        rows.add(row);
        targets.add(row);
        row.capability.focus();
    }

    private void submit() {
        template.setInvalid(false);
        interviewer.setInvalid(false);
        due.setInvalid(false);
        targetsError.setText("");
        generalError.setText("");
        List<Problem> local = new ArrayList<>();
        if (template.getValue() == null) {
            local.add(new Problem("$.templateId", getTranslation("assign.template.required")));
        }
        if (interviewer.getValue() == null) {
            local.add(new Problem("$.interviewer", getTranslation("assign.interviewer.required")));
        }
        if (due.isInvalid() || (due.getValue() != null && due.getValue().isBefore(UserFormats.today()))) {
            due.setErrorMessage(getTranslation("assign.due.past"));
            due.setInvalid(true);
            return;
        }
        Map<String, String> chosenTargets = new LinkedHashMap<>();
        for (TargetRow row : rows) {
            if (row.capability.getValue() != null && row.level.getValue() != null) {
                if (chosenTargets.put(
                                row.capability.getValue().key(),
                                row.level.getValue().key())
                        != null) {
                    local.add(new Problem("$.targets", getTranslation("assign.target.twice")));
                }
            } else if (row.capability.getValue() != null || row.level.getValue() != null) {
                local.add(new Problem("$.targets", getTranslation("assign.target.incomplete")));
            }
        }
        if (!local.isEmpty()) {
            show(local);
            return;
        }
        try {
            InterviewRef ref = assignments.assign(new NewInterview(
                    template.getValue().id(), prospect, interviewer.getValue().email(), chosenTargets, due.getValue()));
            close();
            Notification.show(
                            getTranslation("assign.done", interviewer.getValue().displayName()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            InterviewColumns.open(ref.id());
        } catch (InterviewValidationException e) {
            show(e.problems());
        } catch (AccessDeniedException e) {
            generalError.setText(getTranslation("assign.denied"));
        }
    }

    private void show(List<Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String path = problem.path();
            String field = path.startsWith("$.targets")
                    ? "$.targets"
                    : path.equals("$.templateId") || path.equals("$.interviewer") ? path : "";
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(problem.message());
        }
        byField.forEach((field, messages) -> {
            String message = String.join("; ", messages);
            switch (field) {
                case "$.templateId" -> {
                    template.setErrorMessage(message);
                    template.setInvalid(true);
                }
                case "$.interviewer" -> {
                    interviewer.setErrorMessage(message);
                    interviewer.setInvalid(true);
                }
                case "$.targets" -> targetsError.setText(message);
                default -> generalError.setText(message);
            }
        });
    }

    /** One target override: a capability of the chosen template and the level to aim for. */
    private final class TargetRow extends HorizontalLayout {

        final Select<Capability> capability = new Select<>();
        final Select<Level> level = new Select<>();

        TargetRow(Template template, int index) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            setId("assign-target-" + index);
            List<Capability> capabilities = new ArrayList<>();
            Map<Capability, String> areaOf = new LinkedHashMap<>();
            for (Area area : template.areas()) {
                for (Capability c : area.capabilities()) {
                    capabilities.add(c);
                    areaOf.put(c, area.name());
                }
            }
            capability.setId("assign-target-capability-" + index);
            capability.setLabel(getTranslation("assign.target.capability"));
            capability.setItems(capabilities);
            capability.setItemLabelGenerator(c -> areaOf.get(c) + " › " + c.name());
            capability.setWidth("min(100%, 18rem)");
            level.setId("assign-target-level-" + index);
            level.setLabel(getTranslation("assign.target.level"));
            level.setItems(template.scale().levels());
            level.setItemLabelGenerator(Level::name);
            level.setWidth("min(100%, 12rem)");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                rows.remove(this);
                targets.remove(this);
            });
            remove.setId("assign-target-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("assign.target.remove"));
            add(capability, level, remove);
        }
    }
}
