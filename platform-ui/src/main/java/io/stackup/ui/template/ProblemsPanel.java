package io.stackup.ui.template;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.template.Problem;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the validator says about the draft as it stands: every problem with its path, or that there is none. Selecting
 * a problem (a click, or Space on its row) leads to its field.
 */
class ProblemsPanel extends Div {

    private final Span summary = new Span();
    private final Span hint = new Span();
    private final Grid<Problem> grid = new Grid<>();

    ProblemsPanel(Consumer<Problem> goTo) {
        setId("editor-problems");
        addClassName("stackup-editor-problems");
        summary.setId("editor-problem-summary");
        grid.setId("editor-problem-grid");
        grid.addColumn(Problem::path)
                .setHeader(getTranslation("templates.import.path"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Problem::message)
                .setHeader(getTranslation("templates.import.message"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                goTo.accept(e.getValue());
                grid.deselectAll();
            }
        });
        hint.setText(getTranslation("editor.problems.hint"));
        hint.addClassName("stackup-editor-problems-hint");
        add(new H3(getTranslation("editor.problems")), summary, hint, grid);
    }

    void show(List<Problem> problems) {
        summary.setText(
                problems.isEmpty()
                        ? getTranslation("editor.problems.none")
                        : getTranslation("editor.problems.count", problems.size()));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(problems.isEmpty() ? "badge success" : "badge error");
        grid.setItems(problems.size() > 200 ? problems.subList(0, 200) : problems);
        grid.setVisible(!problems.isEmpty());
        hint.setVisible(!problems.isEmpty());
    }
}
