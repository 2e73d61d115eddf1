package io.stackup.core.dashboard;

import java.util.List;

/**
 * How many prospects stand at each level of each area: for every prospect with an interview completed in the period,
 * its latest one there, and in it each assessed area's level (an area not assessed is not counted). Rows and columns
 * are named from the tenant's published templates (the newest naming a key wins; areas in template order, levels
 * lowest first); a key no published template names is shown by its key.
 */
public record Heatmap(List<Label> areas, List<Label> levels, List<Cell> cells) {

    /** A key with its name. */
    public record Label(String key, String name) {}

    /** A cell that has prospects in it; cells not listed have none. */
    public record Cell(String area, String level, long prospects) {}

    public Heatmap {
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
        cells = List.copyOf(cells);
    }

    /** The prospects at {@code level} in {@code area}; 0 when none. */
    public long count(String area, String level) {
        return cells.stream()
                .filter(c -> c.area().equals(area) && c.level().equals(level))
                .mapToLong(Cell::prospects)
                .sum();
    }

    /** The largest cell; 0 when there is none. */
    public long max() {
        return cells.stream().mapToLong(Cell::prospects).max().orElse(0);
    }

    /** The area's name, or its key when no template names it. */
    public String areaName(String key) {
        return name(areas, key);
    }

    /** The level's name, or its key when no template names it. */
    public String levelName(String key) {
        return name(levels, key);
    }

    private static String name(List<Label> labels, String key) {
        return labels.stream()
                .filter(l -> l.key().equals(key))
                .map(Label::name)
                .findFirst()
                .orElse(key);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
