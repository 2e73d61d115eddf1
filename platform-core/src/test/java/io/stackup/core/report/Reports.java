package io.stackup.core.report;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports made without a database: a template, answers, the engine's result, and an interview around them. Public for
 * the tests of the features that present reports (the customer PDF).
 */
public final class Reports {

    public static final Instant COMPLETED = Instant.parse("2030-01-31T10:00:00Z");

    public static final String PROSPECT = "Acme <Retail> & Co";

    private Reports() {}

    /** The report of a completed interview with these answers and target overrides. */
    public static ResultReport report(
            Template template, Map<String, Answer> answers, Map<String, String> targets, Notes notes) {
        return report(template, answers, targets, notes, PROSPECT, true);
    }

    /**
     * The report of an interview of this prospect with these answers and target overrides: completed at
     * {@link #COMPLETED}, or still running (a preview).
     */
    public static ResultReport report(
            Template template,
            Map<String, Answer> answers,
            Map<String, String> targets,
            Notes notes,
            String prospect,
            boolean completed) {
        InterviewId id = new InterviewId(UUID.randomUUID());
        PreparedTemplate prepared = new ScoringEngine().prepare(template);
        Result result = prepared.score(answers, targets, id.toString(), completed);
        List<StoredAnswer> stored = new ArrayList<>();
        answers.forEach((key, answer) -> stored.add(new StoredAnswer(key, answer, "kc-ivan", COMPLETED)));
        InterviewDetail detail = new InterviewDetail(
                id,
                new ProspectId(UUID.randomUUID()),
                prospect,
                new TemplateId(UUID.randomUUID()),
                template.key(),
                template.name(),
                template.version(),
                "ivan@example.test",
                "Ivan",
                "kc-ivan",
                completed ? InterviewStatus.COMPLETED : InterviewStatus.IN_PROGRESS,
                InterviewSource.ASSIGNED,
                targets,
                null,
                COMPLETED.minusSeconds(3600),
                "kc-admin",
                COMPLETED.minusSeconds(1800),
                completed ? COMPLETED : null,
                stored,
                List.of(),
                result);
        return ReportBuilder.build("Partner GmbH", detail, prepared, result, notes);
    }

    /** docs/spec/template-format.md's small example. */
    public static Template miniIo() {
        try (InputStream in = Reports.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return TemplateReader.readJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A weighted template: area {@code ops} with {@code backup} (weight 3) and {@code monitoring} (weight 1), area
     * {@code sec} with {@code patching}, which no question scores; thresholds mid 0.5, high 0.9; offerings on the
     * recommendations.
     */
    public static Template weighted() {
        return TemplateReader.readJson("""
                {
                  "format": "stackup-template/1", "key": "ops", "name": "Operations", "version": "2.0",
                  "scale": { "levels": [ { "key": "low", "name": "Low" }, { "key": "mid", "name": "Mid",
                    "description": "Half way" }, { "key": "high", "name": "High" } ] },
                  "scoring": { "mode": "weighted", "thresholds": { "mid": 0.5, "high": 0.9 } },
                  "areas": [
                    { "key": "ops", "name": "Operations", "capabilities": [
                      { "key": "backup", "name": "Backup", "weight": 3,
                        "levels": { "mid": "Weekly copies", "high": "Tested restores" },
                        "recommendations": [
                          { "key": "r2", "toLevel": "high", "title": "Managed backup", "kind": "product",
                            "effort": "L", "offering": "Managed Backup" },
                          { "key": "r3", "toLevel": "high", "title": "Restore drill", "kind": "service",
                            "effort": "M", "offering": "Backup Review" },
                          { "key": "r1", "toLevel": "high", "title": "Restore test every quarter",
                            "description": "Pick one system a quarter.", "kind": "process", "effort": "S",
                            "offering": "Backup Review" } ] },
                      { "key": "monitoring", "name": "Monitoring",
                        "recommendations": [
                          { "key": "m2", "toLevel": "high", "title": "On-call rota", "kind": "process",
                            "effort": "S", "offering": "Backup Review" },
                          { "key": "m1", "toLevel": "mid", "title": "Monitoring service", "kind": "service",
                            "effort": "M", "offering": "Managed Monitoring" } ] } ] },
                    { "key": "sec", "name": "Security", "capabilities": [
                      { "key": "patching", "name": "Patching" } ] } ],
                  "questionnaire": { "title": "Ops", "sections": [ { "key": "s", "title": "Ops", "questions": [
                    { "key": "q-backup", "capability": "backup", "type": "single", "text": "How often do you back up?",
                      "options": [ { "key": "never", "label": "Never", "points": 0 },
                                   { "key": "weekly", "label": "Weekly", "points": 2 },
                                   { "key": "daily", "label": "Daily", "points": 4 } ] },
                    { "key": "q-restore", "capability": "backup", "type": "number", "unit": "restores a year",
                      "text": "How many restores did you test?",
                      "bands": [ { "max": 1, "points": 0 }, { "min": 1, "max": 4, "points": 1 },
                                 { "min": 4, "points": 2 } ] },
                    { "key": "q-mon", "capability": "monitoring", "type": "multi", "text": "What do you watch?",
                      "options": [ { "key": "cpu", "label": "CPU", "points": 1 },
                                   { "key": "disk", "label": "Disk", "points": 1 },
                                   { "key": "logs", "label": "Logs", "points": 3 } ] },
                    { "key": "q-notes", "type": "text", "required": false, "text": "Anything else?" } ] } ] },
                  "qualification": { "threshold": 2, "rules": [
                    { "when": { "totalGapAtLeast": 3 }, "points": 2, "label": "gap" },
                    { "when": { "question": "q-notes", "answered": true }, "points": 0 } ] }
                }
                """);
    }
}
