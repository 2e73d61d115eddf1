package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import io.stackup.ui.template.TemplateDraft.AreaDraft;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Areas and their capabilities as a tree: add, move up and down, delete (saying what depends on it); the selected
 * one's form beside it. Rows drag: a capability dropped between capabilities (of any area) lands there, dropped on an
 * area row at the end of that area; an area dropped among areas takes that place. From the keyboard the arrow buttons do
 * the same: a capability moved up past the first of its area goes to the end of the area before, moved down past the
 * last to the start of the area after.
 */
class CatalogPanel extends EditorPanel {

    private final TreeGrid<Object> tree = new TreeGrid<>();
    private final Div form = new Div();
    private @Nullable Object dragged;

    CatalogPanel(TemplateDraft draft, FieldMarks marks) {
        super(draft, marks);
        setId("editor-catalog");
        tree.setId("catalog-tree");
        tree.addHierarchyColumn(this::label).setHeader(getTranslation("template.catalog"));
        // A fixed height keeps the tree virtual: a catalog of 500 capabilities renders only the rows in view.
        tree.setHeight("28rem");
        tree.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));
        tree.setRowsDraggable(true);
        tree.setDropMode(GridDropMode.ON_TOP_OR_BETWEEN);
        tree.addDragStartListener(e -> dragged =
                e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        tree.addDragEndListener(e -> dragged = null);
        tree.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> drop(target, e.getDropLocation())));
        Button addArea = new Button(getTranslation("editor.area.add"), VaadinIcon.PLUS.create(), e -> addArea());
        addArea.setId("catalog-add-area");
        Button addCapability =
                new Button(getTranslation("editor.capability.add"), VaadinIcon.PLUS.create(), e -> addCapability());
        addCapability.setId("catalog-add-capability");
        Button up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> move(-1));
        Button down = EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> move(1));
        up.setId("catalog-up");
        down.setId("catalog-down");
        Button delete = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), this::delete);
        delete.setId("catalog-delete");
        Button duplicate =
                EditorFields.icon(VaadinIcon.COPY, getTranslation("editor.duplicate"), this::duplicateCapability);
        duplicate.setId("catalog-duplicate");
        HorizontalLayout toolbar = new HorizontalLayout(addArea, addCapability, up, down, duplicate, delete);
        toolbar.setSpacing(false);
        toolbar.addClassName("stackup-editor-toolbar");
        EditorFields.small(toolbar);
        Div left = new Div(toolbar, tree);
        left.addClassName("stackup-editor-list");
        form.addClassName("stackup-editor-detail");
        Div split = new Div(left, form);
        split.addClassName("stackup-editor-split");
        split.addClassName("stackup-editor-pair");
        add(split);
        refresh(draft.capabilities().isEmpty() ? null : draft.capabilities().getFirst());
    }

    private String label(Object item) {
        return switch (item) {
            case AreaDraft a -> a.name.isBlank() ? a.key : a.name;
            case CapabilityDraft c -> c.name.isBlank() ? c.key : c.name;
            default -> "";
        };
    }

    private void refresh(@Nullable Object select) {
        TreeData<Object> data = new TreeData<>();
        for (AreaDraft area : draft.areas) {
            data.addItem(null, area);
            area.capabilities.forEach(c -> data.addItem(area, c));
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(List.copyOf(draft.areas));
        if (select != null) {
            tree.select(select);
            tree.scrollToItem(select);
        } else {
            showForm(null);
        }
    }

    private void showForm(@Nullable Object item) {
        form.removeAll();
        Component detail = switch (item) {
            case AreaDraft a ->
                new AreaForm(draft, marks, a, () -> tree.getDataProvider().refreshItem(a));
            case CapabilityDraft c ->
                new CapabilityForm(draft, marks, c, () -> tree.getDataProvider().refreshItem(c));
            case null, default -> null;
        };
        if (detail instanceof EditorPanel panel) {
            panel.addChangeListener(e -> changed());
            form.add(panel);
        }
    }

    @Override
    void reveal(String path) {
        OptionalInt a = EditorPaths.index(path, "areas");
        if (a.isEmpty() || a.getAsInt() >= draft.areas.size()) {
            return;
        }
        AreaDraft area = draft.areas.get(a.getAsInt());
        OptionalInt c = EditorPaths.index(path, "capabilities");
        Object item =
                c.isPresent() && c.getAsInt() < area.capabilities.size() ? area.capabilities.get(c.getAsInt()) : area;
        if (!item.equals(tree.asSingleSelect().getValue())) {
            tree.select(item);
        }
        tree.scrollToItem(item);
    }

    private @Nullable AreaDraft areaOf(@Nullable Object item) {
        return switch (item) {
            case AreaDraft a -> a;
            case CapabilityDraft c ->
                draft.areas.stream()
                        .filter(a -> a.capabilities.contains(c))
                        .findFirst()
                        .orElse(null);
            case null, default -> null;
        };
    }

    private void addArea() {
        AreaDraft area = new AreaDraft();
        area.key = "area-" + (draft.areas.size() + 1);
        area.name = getTranslation("editor.area.new", draft.areas.size() + 1);
        draft.areas.add(area);
        refresh(area);
        changed();
    }

    /** Copies the selected capability (an area selected: nothing) and selects the copy. */
    private void duplicateCapability() {
        if (tree.asSingleSelect().getValue() instanceof CapabilityDraft capability) {
            CapabilityDraft copy = draft.duplicate(capability);
            refresh(copy);
            changed();
        }
    }

    private void addCapability() {
        Object selected = tree.asSingleSelect().getValue();
        AreaDraft area = areaOf(selected);
        if (area == null) {
            area = draft.areas.isEmpty() ? null : draft.areas.getLast();
        }
        if (area == null) {
            return;
        }
        CapabilityDraft capability = new CapabilityDraft();
        int n = draft.capabilities().size() + 1;
        capability.key = "capability-" + n;
        while (draft.capabilities().stream().anyMatch(c -> c.key.equals(capability.key))) {
            capability.key = "capability-" + ++n;
        }
        capability.name = getTranslation("editor.capability.new", n);
        area.capabilities.add(capability);
        refresh(capability);
        changed();
    }

    /** Puts the dragged row where it was dropped (see the class comment), selects it and reports the change. */
    private void drop(Object target, GridDropLocation where) {
        Object item = dragged;
        dragged = null;
        AreaDraft targetArea = areaOf(target);
        if (item == null || item == target || targetArea == null) {
            return;
        }
        boolean moved = false;
        if (item instanceof AreaDraft a) {
            int at = draft.areas.indexOf(targetArea);
            boolean after = target instanceof AreaDraft && where != GridDropLocation.ON_TOP
                    ? where == GridDropLocation.BELOW
                    : draft.areas.indexOf(a) < at;
            moved = EditorFields.moveBefore(draft.areas, a, after ? at + 1 : at);
        } else if (item instanceof CapabilityDraft c) {
            moved = switch (target) {
                case CapabilityDraft t -> {
                    int at = targetArea.capabilities.indexOf(t);
                    yield draft.moveCapability(c, targetArea, where == GridDropLocation.BELOW ? at + 1 : at);
                }
                case AreaDraft a when where == GridDropLocation.BELOW -> draft.moveCapability(c, a, 0);
                case AreaDraft a
                when where == GridDropLocation.ABOVE && draft.areas.indexOf(a) > 0 -> {
                    AreaDraft before = draft.areas.get(draft.areas.indexOf(a) - 1);
                    yield draft.moveCapability(c, before, before.capabilities.size());
                }
                default -> draft.moveCapability(c, targetArea, targetArea.capabilities.size());
            };
        }
        if (moved) {
            refresh(item);
            changed();
        }
    }

    private void move(int by) {
        Object selected = tree.asSingleSelect().getValue();
        boolean moved = switch (selected) {
            case AreaDraft a -> EditorFields.move(draft.areas, a, by);
            case CapabilityDraft c -> {
                AreaDraft area = areaOf(c);
                yield area != null && (EditorFields.move(area.capabilities, c, by) || moveAcross(area, c, by));
            }
            case null, default -> false;
        };
        if (moved) {
            refresh(selected);
            changed();
        }
    }

    /** A capability at the top (bottom) of its area moves to the end (start) of the area before (after), if any. */
    private boolean moveAcross(AreaDraft area, CapabilityDraft c, int by) {
        int next = draft.areas.indexOf(area) + by;
        if (next < 0 || next >= draft.areas.size()) {
            return false;
        }
        AreaDraft to = draft.areas.get(next);
        return draft.moveCapability(c, to, by < 0 ? to.capabilities.size() : 0);
    }

    private void delete() {
        Object selected = tree.asSingleSelect().getValue();
        switch (selected) {
            case AreaDraft a ->
                EditorFields.confirmDelete(
                        this, getTranslation("editor.area", label(a)), References.toArea(draft, a), () -> {
                            draft.areas.remove(a);
                            refresh(null);
                            changed();
                        });
            case CapabilityDraft c ->
                EditorFields.confirmDelete(
                        this, getTranslation("editor.capability", label(c)), References.toCapability(draft, c), () -> {
                            AreaDraft area = areaOf(c);
                            if (area != null) {
                                area.capabilities.remove(c);
                            }
                            refresh(area);
                            changed();
                        });
            case null, default -> {}
        }
    }
}
