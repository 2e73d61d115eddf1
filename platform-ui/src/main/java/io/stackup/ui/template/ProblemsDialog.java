package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.template.Problem;
import java.util.List;

/** Every problem of a rejected document, each with its path, so a person can fix them one by one. */
class ProblemsDialog extends Dialog {

    ProblemsDialog(String fileName, List<Problem> problems) {
        setId("import-problems");
        setHeaderTitle(getTranslation("templates.import.rejected", fileName));
        Paragraph intro = new Paragraph(getTranslation("templates.import.rejected.text", problems.size()));
        Grid<Problem> grid = new Grid<>();
        grid.setId("problem-grid");
        grid.addColumn(Problem::path)
                .setHeader(getTranslation("templates.import.path"))
                .setAutoWidth(true);
        grid.addColumn(Problem::message)
                .setHeader(getTranslation("templates.import.message"))
                .setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 12);
        add(intro, grid);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("close-problems");
        getFooter().add(close);
        setWidth("min(95vw, 60rem)");
    }
}
