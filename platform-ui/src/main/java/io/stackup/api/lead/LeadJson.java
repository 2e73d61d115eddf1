package io.stackup.api.lead;

import io.stackup.core.lead.AreaGap;
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadDetail;
import io.stackup.core.lead.LeadEvent;
import io.stackup.core.lead.LeadSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lead as docs/spec/api.md writes it: {@code id}, {@code interview}, {@code prospect}, {@code status}, {@code score},
 * {@code qualified}, {@code holder} (only while someone holds it), {@code createdAt}, and what the spec lets it add.
 * Optional fields are left out rather than written as {@code null}.
 */
final class LeadJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeadJson() {}

    static ObjectNode of(Lead lead) {
        ObjectNode json = NODES.objectNode();
        json.put("id", lead.id().toString());
        json.put("interview", lead.interview().toString());
        ObjectNode prospect = json.putObject("prospect");
        prospect.put("id", lead.prospect().toString());
        prospect.put("name", lead.prospectName());
        json.put("status", lead.status().json());
        json.put("score", lead.score());
        json.put("qualified", lead.qualified());
        if (lead.holderEmail() != null) {
            json.put("holder", lead.holderEmail());
        }
        json.put("createdAt", lead.createdAt().toString());
        json.put("source", lead.source().json());
        ArrayNode rules = json.putArray("rules");
        for (Object rule : lead.rules()) {
            if (rule instanceof Integer index) {
                rules.add(index);
            } else {
                rules.add(String.valueOf(rule));
            }
        }
        ArrayNode gaps = json.putArray("areaGaps");
        for (AreaGap gap : lead.areaGaps()) {
            gaps.addObject().put("area", gap.area()).put("gap", gap.gap());
        }
        ArrayNode offerings = json.putArray("offerings");
        lead.offerings().forEach(offerings::add);
        if (lead.interviewerEmail() != null) {
            json.put("interviewer", lead.interviewerEmail());
        }
        if (lead.overrideReason() != null) {
            json.put("overrideReason", lead.overrideReason());
        }
        if (lead.lostReason() != null) {
            json.put("lostReason", lead.lostReason());
        }
        json.put("overdue", lead.overdue());
        json.put("statusChangedAt", lead.statusChangedAt().toString());
        json.put("updatedAt", lead.updatedAt().toString());
        json.put("version", lead.version());
        return json;
    }

    /** A row of a list: the lead and whether it is in one of the calling expert's areas. */
    static ObjectNode of(LeadSummary summary) {
        return of(summary.lead()).put("inYourAreas", summary.inYourAreas());
    }

    /** The lead with {@code history}: every change and note, oldest first. */
    static ObjectNode of(LeadDetail detail) {
        ObjectNode json = of(detail.lead());
        ArrayNode history = json.putArray("history");
        for (LeadEvent e : detail.history()) {
            ObjectNode event = history.addObject();
            event.put("kind", e.kind().json());
            if (e.from() != null) {
                event.put("from", e.from().json());
            }
            if (e.to() != null) {
                event.put("to", e.to().json());
            }
            if (e.holderEmail() != null) {
                event.put("holder", e.holderEmail());
            }
            if (e.note() != null) {
                event.put("note", e.note());
            }
            event.put("by", e.actor());
            event.put("at", e.at().toString());
        }
        return json;
    }
}
