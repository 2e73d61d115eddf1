package io.stackup.core.lead;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The lead tests' template (lead-io.json): areas {@code iam} (directory, mfa) and {@code backup} (restore), offerings on
 * the recommendations, and a qualification that requires budget and names one rule by index. And the answers that make
 * each kind of lead.
 */
final class LeadTemplates {

    private LeadTemplates() {}

    /** The document under {@code key} and {@code version}. */
    static byte[] leadIo(String key, String version) {
        try (InputStream in = LeadTemplates.class.getResourceAsStream("/io/stackup/core/lead/lead-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"lead-io\"", "\"key\": \"" + key + "\"")
                    .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template leadIo() {
        return TemplateReader.read(leadIo("lead-io", "1.0.0"), TemplateReader.Syntax.JSON);
    }

    /** Gaps everywhere, budget: qualified, score 6, rules budget, 1, backup gap; gaps iam 4, backup 2. */
    static Map<String, Answer> allGaps() {
        return answers("no", "no", "no", "yes");
    }

    /** Only a backup gap, budget: qualified, score 4. */
    static Map<String, Answer> backupGap() {
        return answers("yes", "yes", "no", "yes");
    }

    /** Only a directory gap, budget: qualified, score 5. */
    static Map<String, Answer> iamGap() {
        return answers("no", "yes", "yes", "yes");
    }

    /** Gaps everywhere but no budget, which the qualification requires: disqualified, score 3. */
    static Map<String, Answer> noBudget() {
        return answers("no", "no", "no", "no");
    }

    static Map<String, Answer> answers(String dir, String mfa, String restores, String budget) {
        return Map.of(
                "has-dir", new Answer.Choice(dir, null),
                "has-mfa", new Answer.Choice(mfa, null),
                "restores", new Answer.Choice(restores, null),
                "budget", new Answer.Choice(budget, null));
    }
}
