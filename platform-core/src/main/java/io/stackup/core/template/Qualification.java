package io.stackup.core.template;

import java.util.List;

/** Lead qualification: the lead score is the sum of the points of the rules that hold. */
public record Qualification(double threshold, List<Rule> rules, List<Condition> require) {

    public Qualification {
        rules = List.copyOf(rules);
        require = List.copyOf(require);
    }

    /** A rule: {@code points} (possibly negative or zero) when {@code when} holds; {@code label} unique if given. */
    public record Rule(
            Condition when,
            double points,
            @org.jspecify.annotations.Nullable String label) {}
}
