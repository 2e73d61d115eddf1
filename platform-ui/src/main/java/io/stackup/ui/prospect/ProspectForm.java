package io.stackup.ui.prospect;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.template.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prospect's fields. The service checks them ({@link ProspectDraft#checked()}); its problems show next to their
 * fields ({@link #mark(List)}), so the rules live in one place.
 */
class ProspectForm extends FormLayout {

    final TextField name = new TextField();
    final TextField industry = new TextField();
    final IntegerField employees = new IntegerField();
    final TextField contactName = new TextField();
    final TextField contactEmail = new TextField();
    final TextArea notes = new TextArea();
    private final Map<String, HasValidation> byPath = new LinkedHashMap<>();

    ProspectForm(String idPrefix) {
        setId(idPrefix + "-form");
        field(name, idPrefix, "name", "prospect.name");
        name.setRequiredIndicatorVisible(true);
        field(industry, idPrefix, "industry", "prospect.industry");
        field(employees, idPrefix, "employees", "prospect.employees");
        employees.setMin(0);
        employees.setStepButtonsVisible(false);
        field(contactName, idPrefix, "contactName", "prospect.contact-name");
        field(contactEmail, idPrefix, "contactEmail", "prospect.contact-email");
        contactEmail.setHelperText(getTranslation("prospect.contact-email.help"));
        field(notes, idPrefix, "notes", "prospect.notes");
        notes.setMaxLength(10_000);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        setColspan(notes, 2);
    }

    private <
                    T extends
                            com.vaadin.flow.component.Component & HasValidation & com.vaadin.flow.component.HasLabel
                                    & com.vaadin.flow.component.HasSize>
            void field(T field, String idPrefix, String path, String labelKey) {
        field.setId(idPrefix + "-" + path.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        byPath.put("$." + path, field);
        add(field);
    }

    ProspectDraft draft() {
        return new ProspectDraft(
                name.getValue(),
                industry.getValue(),
                employees.getValue(),
                contactName.getValue(),
                contactEmail.getValue(),
                notes.getValue());
    }

    void show(Prospect prospect) {
        name.setValue(prospect.name());
        industry.setValue(Objects.requireNonNullElse(prospect.industry(), ""));
        employees.setValue(prospect.employees());
        contactName.setValue(Objects.requireNonNullElse(prospect.contactName(), ""));
        contactEmail.setValue(Objects.requireNonNullElse(prospect.contactEmail(), ""));
        notes.setValue(Objects.requireNonNullElse(prospect.notes(), ""));
        mark(List.of());
    }

    /**
     * Marks every field a problem names, clears the others.
     *
     * @return the messages of problems no field shows, if any
     */
    @Nullable
    String mark(List<Problem> problems) {
        byPath.values().forEach(f -> f.setInvalid(false));
        StringBuilder unplaced = new StringBuilder();
        Map<String, String> messages = new LinkedHashMap<>();
        for (Problem problem : problems) {
            messages.merge(problem.path(), problem.message(), (a, b) -> a + "; " + b);
        }
        messages.forEach((path, message) -> {
            HasValidation field = byPath.get(path);
            if (field == null) {
                unplaced.append(unplaced.isEmpty() ? "" : "; ").append(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unplaced.isEmpty() ? null : unplaced.toString();
    }

    void focusFirst() {
        name.focus();
    }
}
