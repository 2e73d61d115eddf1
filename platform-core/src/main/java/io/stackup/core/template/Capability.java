package io.stackup.core.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A capability on the maturity ladder.
 *
 * @param weight greater than 0, 1 by default
 * @param target a level key, or {@code null}
 * @param levels what each level looks like for this capability, by level key, in document order (may be empty)
 */
public record Capability(
        String key,
        String name,
        @Nullable String description,
        double weight,
        @Nullable String target,
        Map<String, String> levels,
        List<Recommendation> recommendations) {

    public Capability {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        recommendations = List.copyOf(recommendations);
    }
}
