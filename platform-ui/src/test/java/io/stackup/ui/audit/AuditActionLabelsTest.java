package io.stackup.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.audit.AuditActions;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every action the audit log knows has a label in every translation bundle, and every feature its name: the Audit log
 * screen shows them in its grid and its action filter.
 */
class AuditActionLabelsTest {

    @Test
    void every_known_action_and_feature_has_a_translated_label() throws Exception {
        Properties translations = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(AuditActions.KNOWN)
                .contains("tenant.deletion_cancelled", "member.joined", "webhook.changed", "interview.reassigned")
                .allSatisfy(action -> assertThat(translations.getProperty("audit.action." + action))
                        .as(action)
                        .isNotBlank());
        assertThat(AuditActions.FEATURES)
                .allSatisfy(feature -> assertThat(translations.getProperty("audit.feature." + feature))
                        .as(feature)
                        .isNotBlank());
    }
}
