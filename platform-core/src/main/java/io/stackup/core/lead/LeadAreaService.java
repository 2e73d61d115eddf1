package io.stackup.core.lead;

import io.stackup.core.lead.repository.LeadAreaRepository;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas the calling expert covers, by area key (the {@code key} of a template's area): the leads with a gap in one
 * of them come first in every lead list they see ({@link LeadSummary#inYourAreas()}). Kept per member of the tenant.
 * Never returns null.
 */
@Service
@Transactional
public class LeadAreaService {

    /** The most areas one expert covers. */
    public static final int MAX_AREAS = 100;

    private static final Pattern AREA_KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    private final LeadAreaRepository areas;
    private final MemberService members;

    LeadAreaService(LeadAreaRepository areas, MemberService members) {
        this.areas = areas;
        this.members = members;
    }

    /** The calling expert's areas, in key order; empty until they declare some. */
    @RolesAllowed(Roles.EXPERT)
    @Transactional(readOnly = true)
    public List<String> coveredAreas() {
        return areas.areas(TenantContext.requireTenant(), member().id());
    }

    /**
     * Makes {@code keys} the calling expert's areas, all of them and only them (an empty list: none); a key given twice
     * counts once.
     *
     * @return the areas now covered, in key order
     * @throws LeadValidationException naming each entry that is no area key ({@code $[i]}), or when there are more than
     *     {@value #MAX_AREAS}; nothing changes
     */
    @RolesAllowed(Roles.EXPERT)
    public List<String> changeCoveredAreas(List<String> keys) {
        TreeSet<String> wanted = checked(keys);
        areas.replace(TenantContext.requireTenant(), member().id(), wanted);
        return List.copyOf(wanted);
    }

    /** The areas the member {@code memberId} of the current tenant covers, in key order: what an admin sees. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<String> coveredAreasOf(UUID memberId) {
        return areas.areas(TenantContext.requireTenant(), memberId);
    }

    /**
     * An admin makes {@code keys} the areas of the member {@code memberId} of the current tenant, as
     * {@link #changeCoveredAreas} does for the expert themselves. The caller makes sure the member exists in the
     * tenant (row-level security and the foreign key refuse any other).
     *
     * @return the areas now covered, in key order
     * @throws LeadValidationException as {@link #changeCoveredAreas}; nothing changes
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public List<String> changeCoveredAreasOf(UUID memberId, List<String> keys) {
        TreeSet<String> wanted = checked(keys);
        areas.replace(TenantContext.requireTenant(), memberId, wanted);
        return List.copyOf(wanted);
    }

    private static TreeSet<String> checked(List<String> keys) {
        List<Problem> problems = new ArrayList<>();
        TreeSet<String> wanted = new TreeSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (!AREA_KEY.matcher(key).matches()) {
                problems.add(new Problem(
                        "$[" + i + "]", "not an area key: lowercase letters, digits and '-', at most 63 characters"));
            } else {
                wanted.add(key);
            }
        }
        if (wanted.size() > MAX_AREAS) {
            problems.add(new Problem("$", "at most " + MAX_AREAS + " areas, not " + wanted.size()));
        }
        if (!problems.isEmpty()) {
            throw new LeadValidationException(problems);
        }
        return wanted;
    }

    private Member member() {
        return members.current()
                .filter(Member::active)
                .orElseThrow(() -> new AccessDeniedException(
                        "You are not an active member of this workspace. Sign in to it once, then try again."));
    }
}
