package io.stackup.ui.template;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import io.stackup.core.template.TemplateService;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The template list's rows from the database: keys paged and searched at the backend (counts come with each page in
 * one statement), a key's versions loaded only when it is expanded.
 */
final class TemplateKeysProvider extends AbstractBackEndHierarchicalDataProvider<TemplateRow, Void> {

    private final TemplateService templates;
    private final Supplier<String> search;

    TemplateKeysProvider(TemplateService templates, Supplier<String> search) {
        this.templates = templates;
        this.search = search;
    }

    @Override
    public int getChildCount(HierarchicalQuery<TemplateRow, Void> query) {
        TemplateRow parent = query.getParent();
        if (parent == null) {
            return templates.countKeys(search.get());
        }
        return parent instanceof TemplateRow.Key key ? key.summary().versions() : 0;
    }

    @Override
    public boolean hasChildren(TemplateRow item) {
        return item instanceof TemplateRow.Key;
    }

    @Override
    protected Stream<TemplateRow> fetchChildrenFromBackEnd(HierarchicalQuery<TemplateRow, Void> query) {
        TemplateRow parent = query.getParent();
        if (parent == null) {
            return templates.keys(search.get(), query.getOffset(), query.getLimit()).stream()
                    .map(TemplateRow.Key::new);
        }
        if (parent instanceof TemplateRow.Key key) {
            return templates.versions(key.summary().key()).stream()
                    .skip(query.getOffset())
                    .limit(query.getLimit())
                    .map(TemplateRow.Version::new);
        }
        return Stream.empty();
    }
}
