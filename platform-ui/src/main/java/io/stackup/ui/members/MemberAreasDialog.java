package io.stackup.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.lead.LeadValidationException;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Member;
import io.stackup.tenantadmin.members.MemberAdministration;
import io.stackup.ui.lead.AreaCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An admin picks the areas an expert covers, from the areas of the tenant's published templates (and any they covered
 * before that no template names now). Saving replaces them all; the expert's lead lists then put those leads first.
 */
class MemberAreasDialog extends Dialog {

    MemberAreasDialog(
            MemberAdministration members, Member member, TemplateService templates, Consumer<String> changed) {
        setId("member-areas-dialog");
        setHeaderTitle(getTranslation("members.areas.title", member.displayName()));
        setWidth("min(95vw, 34rem)");
        List<String> covered = members.areas(member.id());
        Map<String, String> names = new TreeMap<>(AreaCatalog.of(templates));
        covered.forEach(k -> names.putIfAbsent(k, k));

        MultiSelectComboBox<String> areas = new MultiSelectComboBox<>(getTranslation("members.areas.label"));
        areas.setId("member-areas-select");
        areas.setItems(names.keySet());
        areas.setItemLabelGenerator(k -> names.getOrDefault(k, k) + " (" + k + ")");
        areas.setValue(new LinkedHashSet<>(covered));
        areas.setWidthFull();
        areas.setHelperText(getTranslation(names.isEmpty() ? "members.areas.none" : "members.areas.help"));
        add(new Paragraph(getTranslation("members.areas.text")), areas);

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                List<String> now = members.changeAreas(member.id(), new ArrayList<>(areas.getValue()));
                close();
                changed.accept(getTranslation(
                        "members.areas.saved",
                        member.displayName(),
                        now.isEmpty()
                                ? getTranslation("members.areas.saved.none")
                                : now.stream()
                                        .map(k -> names.getOrDefault(k, k))
                                        .collect(Collectors.joining(", "))));
            } catch (MemberValidationException | LeadValidationException invalid) {
                areas.setErrorMessage(((ProblemsException) invalid)
                        .problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
                areas.setInvalid(true);
            }
        });
        save.setId("member-areas-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("member-areas-cancel");
        getFooter().add(cancel, save);
    }
}
