package io.stackup.api.lead;

import io.stackup.api.BadRequestException;
import io.stackup.core.lead.LeadAreaService;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The areas the calling expert covers ({@code ["areaKey", …]}): the leads with a gap in one of them come first in
 * their lists. {@code PUT} replaces them all.
 */
@RestController
@RequestMapping("/api/v1/me/lead-areas")
class LeadAreaController {

    private final LeadAreaService areas;

    LeadAreaController(LeadAreaService areas) {
        this.areas = areas;
    }

    @GetMapping
    List<String> get() {
        return areas.coveredAreas();
    }

    /** 400 for a body that is no array of strings; 422 for entries that are no area keys, or too many. */
    @RolesAllowed(Roles.EXPERT)
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    List<String> put(@RequestBody List<@Nullable String> keys) {
        List<Problem> problems = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                problems.add(new Problem("$[" + i + "]", "must be an area key, not null"));
            } else {
                given.add(key);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return areas.changeCoveredAreas(given);
    }
}
