package io.stackup.core.template.document;

import io.stackup.core.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed from one version of a template to another, on their documents: items in lists whose entries carry a
 * {@code key} (levels, areas, capabilities, sections, questions, options, …) are matched by key, entries of other lists
 * (rules, recommendations, bands) by position; an item present on one side only is added or removed, one present on
 * both with different own fields is changed, naming those fields. Pure: no database, no state.
 */
public final class TemplateDiff {

    /** How an item differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One difference.
     *
     * @param path where the item is, e.g. {@code areas/infra/capabilities/backup} or {@code qualification/rules/0};
     *     empty for the template itself
     * @param fields for a change, the item's own fields that differ, in document order; empty otherwise
     */
    public record Change(Kind kind, String path, List<String> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TemplateDiff() {}

    /** The changes from {@code before} to {@code after}, in document order. */
    public static List<Change> between(Template before, Template after) {
        List<Change> changes = new ArrayList<>();
        compare("", JSON.readTree(TemplateWriter.write(before)), JSON.readTree(TemplateWriter.write(after)), changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        Set<String> names = new LinkedHashSet<>();
        before.propertyNames().forEach(names::add);
        after.propertyNames().forEach(names::add);
        List<String> changed = new ArrayList<>();
        List<Runnable> nested = new ArrayList<>();
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            String at = path.isEmpty() ? name : path + "/" + name;
            if (isItems(b) && isItems(a) && (b != null || a != null)) {
                nested.add(() -> compareItems(at, b, a, changes));
            } else if (b != null && a != null && b.isObject() && a.isObject() && !name.equals("condition")) {
                nested.add(() -> compare(at, b, a, changes));
            } else if (b == null ? a != null : !b.equals(a)) {
                changed.add(name);
            }
        }
        if (!changed.isEmpty()) {
            changes.add(new Change(Kind.CHANGED, path, changed));
        }
        nested.forEach(Runnable::run);
    }

    private static boolean isItems(@Nullable JsonNode node) {
        if (node == null) {
            return true;
        }
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode entry : node) {
            if (!entry.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void compareItems(
            String path, @Nullable JsonNode before, @Nullable JsonNode after, List<Change> changes) {
        Map<String, JsonNode> b = byKey(before);
        Map<String, JsonNode> a = byKey(after);
        for (Map.Entry<String, JsonNode> entry : a.entrySet()) {
            JsonNode old = b.get(entry.getKey());
            if (old == null) {
                changes.add(new Change(Kind.ADDED, path + "/" + entry.getKey(), List.of()));
            } else {
                compare(path + "/" + entry.getKey(), old, entry.getValue(), changes);
            }
        }
        for (String key : b.keySet()) {
            if (!a.containsKey(key)) {
                changes.add(new Change(Kind.REMOVED, path + "/" + key, List.of()));
            }
        }
    }

    /** The list's entries by their key, or by position when an entry has none. */
    private static Map<String, JsonNode> byKey(@Nullable JsonNode items) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        if (items == null) {
            return byKey;
        }
        int index = 0;
        for (JsonNode entry : items) {
            JsonNode key = entry.get("key");
            byKey.put(key != null && key.isString() ? key.asString() : String.valueOf(index), entry);
            index++;
        }
        return byKey;
    }
}
