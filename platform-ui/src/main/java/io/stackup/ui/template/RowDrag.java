package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reordering the rows of a row editor (options, bands, recommendations, rules) by drag and drop: a grip handle starts
 * the drag (the whole row is not draggable, so text in its fields can still be selected with the mouse), and a drop on
 * another row puts the dragged one in that row's place. The grip is for the mouse only; the row's up and down buttons
 * are the keyboard way to do the same, which is why the grip is hidden from assistive technology.
 */
final class RowDrag {

    private RowDrag() {}

    /** A grip that drags {@code item}; give it an id so tests can find it. */
    static <T> Icon handle(T item, String tooltip, String id) {
        Icon grip = VaadinIcon.ELLIPSIS_DOTS_V.create();
        grip.setId(id);
        grip.addClassName("stackup-drag-handle");
        grip.setTooltipText(tooltip);
        grip.getElement().setAttribute("aria-hidden", "true");
        grip.getStyle().set("cursor", "grab").set("align-self", "center");
        DragSource<Icon> source = DragSource.create(grip);
        source.setDragData(item);
        return grip;
    }

    /**
     * Makes {@code row}, which shows {@code item} of {@code list}, take drops of other rows of the same list: the dropped
     * one moves to {@code item}'s place (the rows between shift by one), then {@code moved} is told which one moved.
     */
    static <T> void target(Component row, List<T> list, T item, Consumer<T> moved) {
        DropTarget.create(row)
                .addDropListener(e -> e.getDragData().ifPresent(data -> {
                    int from = list.indexOf(data);
                    int at = list.indexOf(item);
                    if (from < 0 || at < 0 || from == at) {
                        return;
                    }
                    T dragged = list.get(from);
                    EditorFields.moveBefore(list, dragged, from < at ? at + 1 : at);
                    moved.accept(dragged);
                }));
    }
}
