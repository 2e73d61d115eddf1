package io.stackup.core.template.scoring;

import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The roadmap: every recommendation of an assessed capability whose {@code toLevel} lies above the capability's
 * level and at most at its target, ordered by step distance, then kind, then effort, then document order.
 *
 * <p>The last three keys do not depend on answers, so the recommendations are sorted by them once; a run only
 * distributes the eligible ones into buckets by distance (a stable counting sort).
 */
final class Roadmap {

    private final int[] capability;
    private final int[] toLevel;
    private final Result.RoadmapStep[] steps;
    private final int levels;

    private Roadmap(List<Entry> sorted, int levels) {
        this.levels = levels;
        int n = sorted.size();
        capability = new int[n];
        toLevel = new int[n];
        steps = new Result.RoadmapStep[n];
        for (int i = 0; i < n; i++) {
            Entry e = sorted.get(i);
            capability[i] = e.capability();
            toLevel[i] = e.toLevel();
            steps[i] = e.step();
        }
    }

    static Roadmap of(List<Area> areas, Scale scale) {
        List<Entry> entries = new ArrayList<>();
        int c = 0;
        for (Area area : areas) {
            for (Capability cap : area.capabilities()) {
                for (Recommendation r : cap.recommendations()) {
                    int to = scale.indexOf(r.toLevel());
                    if (to < 0) {
                        throw new IllegalArgumentException(
                                "recommendation '" + r.key() + "' names unknown level '" + r.toLevel() + "'");
                    }
                    entries.add(new Entry(
                            c,
                            to,
                            entries.size(),
                            new Result.RoadmapStep(cap.key(), r.key(), r.toLevel(), r.kind(), r.effort())));
                }
                c++;
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.step().kind())
                .thenComparing(e -> e.step().effort())
                .thenComparingInt(Entry::order));
        return new Roadmap(entries, scale.levels().size());
    }

    /** The steps, in roadmap order, for the standings of one run (levels and targets set). */
    List<Result.RoadmapStep> steps(Standings standings) {
        int n = steps.length;
        int[] distance = new int[n];
        int[] start = new int[levels + 1];
        for (int i = 0; i < n; i++) {
            int c = capability[i];
            int level = standings.capabilityLevel[c];
            if (level != Standings.NOT_ASSESSED && level < toLevel[i] && toLevel[i] <= standings.target[c]) {
                distance[i] = toLevel[i] - level;
                start[distance[i] + 1]++;
            }
        }
        for (int d = 1; d <= levels; d++) {
            start[d] += start[d - 1];
        }
        Result.RoadmapStep[] out = new Result.RoadmapStep[start[levels]];
        for (int i = 0; i < n; i++) {
            if (distance[i] > 0) {
                out[start[distance[i]]++] = steps[i];
            }
        }
        return Arrays.asList(out);
    }

    private record Entry(int capability, int toLevel, int order, Result.RoadmapStep step) {}
}
