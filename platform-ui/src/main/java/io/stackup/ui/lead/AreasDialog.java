package io.stackup.ui.lead;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.stackup.core.lead.LeadAreaService;
import io.stackup.core.lead.LeadValidationException;
import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * "My areas": the areas an expert covers, picked from the areas of the tenant's published templates (and any they
 * covered before that no template names now). Saving replaces them all; the leads in them then come first.
 */
class AreasDialog extends Dialog {

    AreasDialog(LeadAreaService leadAreas, Map<String, String> areaNames, Runnable saved) {
        setId("areas-dialog");
        setHeaderTitle(getTranslation("areas.title"));
        setWidth("min(95vw, 34rem)");
        List<String> covered = leadAreas.coveredAreas();
        Map<String, String> names = new TreeMap<>(areaNames);
        covered.forEach(k -> names.putIfAbsent(k, k));

        MultiSelectComboBox<String> areas = new MultiSelectComboBox<>(getTranslation("areas.label"));
        areas.setId("areas-select");
        areas.setItems(names.keySet());
        areas.setItemLabelGenerator(k -> names.getOrDefault(k, k) + " (" + k + ")");
        areas.setValue(new LinkedHashSet<>(covered));
        areas.setWidthFull();
        areas.setHelperText(getTranslation(names.isEmpty() ? "areas.none" : "areas.help"));
        add(new Paragraph(getTranslation("areas.text")), areas);

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Set<String> chosen = areas.getValue();
                List<String> now = leadAreas.changeCoveredAreas(new ArrayList<>(chosen));
                close();
                Notification.show(
                                getTranslation(
                                        "areas.saved",
                                        now.isEmpty()
                                                ? getTranslation("areas.saved.none")
                                                : now.stream()
                                                        .map(k -> names.getOrDefault(k, k))
                                                        .collect(Collectors.joining(", "))),
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (LeadValidationException invalid) {
                areas.setErrorMessage(
                        invalid.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
                areas.setInvalid(true);
            }
        });
        save.setId("areas-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("areas-cancel");
        getFooter().add(cancel, save);
    }
}
