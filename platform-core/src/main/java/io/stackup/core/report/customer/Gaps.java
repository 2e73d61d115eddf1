package io.stackup.core.report.customer;

import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The capabilities below their target: largest gap first, then in document order. */
final class Gaps {

    /** A capability below its target and the area it belongs to. */
    record Gap(AreaReport area, CapabilityReport capability) {

        int levels() {
            return Objects.requireNonNull(capability.gap());
        }
    }

    private Gaps() {}

    static List<Gap> of(ResultReport report) {
        List<Gap> gaps = new ArrayList<>();
        for (AreaReport area : report.areas()) {
            for (CapabilityReport capability : area.capabilities()) {
                if (capability.gap() != null && capability.gap() > 0) {
                    gaps.add(new Gap(area, capability));
                }
            }
        }
        gaps.sort(Comparator.comparingInt(Gap::levels).reversed());
        return gaps;
    }
}
