package io.stackup.core.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group of capabilities (1..100). */
public record Area(String key, String name, @Nullable String description, List<Capability> capabilities) {

    public Area {
        capabilities = List.copyOf(capabilities);
    }
}
