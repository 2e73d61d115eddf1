package io.stackup.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    @Test
    void the_configuration_pins_browsers_by_cookie_checks_readiness_and_redispatches_from_a_dead_instance() {
        String config = LoadBalancer.configuration(8080, List.of(8081, 8082));

        assertThat(config)
                .contains("bind 127.0.0.1:8080")
                .contains("cookie STACKUP_INSTANCE insert indirect nocache httponly")
                .contains("option httpchk GET /actuator/health/readiness")
                .contains("option redispatch")
                .contains("timeout tunnel 1h")
                .contains("server app1 127.0.0.1:8081 check cookie app1")
                .contains("server app2 127.0.0.1:8082 check cookie app2");
    }

    @Test
    void the_local_stack_reads_its_instance_count() {
        assertThat(LocalStack.instances(new String[] {"stackup.jar"})).isEqualTo(1);
        assertThat(LocalStack.instances(new String[] {"stackup.jar", "--instances", "2"}))
                .isEqualTo(2);
        assertThatThrownBy(() -> LocalStack.instances(new String[] {"--instances", "0"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 8");
    }
}
