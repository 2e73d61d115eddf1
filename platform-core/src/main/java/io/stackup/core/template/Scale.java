package io.stackup.core.template;

import java.util.List;

/** The maturity levels, lowest first (2..10). */
public record Scale(List<Level> levels) {

    public Scale {
        levels = List.copyOf(levels);
    }

    /** The index of a level key, 0 for the lowest; -1 when the key is not a level. */
    public int indexOf(String levelKey) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).key().equals(levelKey)) {
                return i;
            }
        }
        return -1;
    }

    public Level highest() {
        return levels.getLast();
    }

    public Level lowest() {
        return levels.getFirst();
    }
}
