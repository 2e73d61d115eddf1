package io.stackup.ui.lead;

import io.stackup.core.template.Area;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The areas of the tenant's published templates (the last version listed of each), key to name: what an expert may
 * cover and what a lead's area gaps are called. Read once per screen; an area key two templates name differently keeps
 * the first name read. At most {@value #MOST_TEMPLATES} published versions are listed, far more than a partner
 * publishes.
 */
public final class AreaCatalog {

    static final int MOST_TEMPLATES = 200;

    private AreaCatalog() {}

    /** Area key to name, in key order; never null. */
    public static Map<String, String> of(TemplateService templates) {
        Map<String, TemplateSummary> latest = new LinkedHashMap<>();
        for (TemplateSummary summary : templates.list("", TemplateStatus.PUBLISHED, 0, MOST_TEMPLATES)) {
            latest.put(summary.key(), summary);
        }
        Map<String, String> names = new TreeMap<>();
        for (TemplateSummary summary : latest.values()) {
            for (Area area : templates.load(summary.id()).areas()) {
                names.putIfAbsent(area.key(), area.name());
            }
        }
        return names;
    }
}
