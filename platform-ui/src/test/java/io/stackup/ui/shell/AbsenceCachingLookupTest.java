package io.stackup.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing service is asked for once; a present one, and every lookupAll, on every call, as before. */
class AbsenceCachingLookupTest {

    interface Missing {}

    interface Present {}

    private final List<Class<?>> asked = new ArrayList<>();
    private final Lookup vaadins = new Lookup() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == Present.class ? (T) new Present() {} : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    };

    @Test
    void a_missing_service_is_asked_for_once() {
        Lookup lookup = new AbsenceCachingLookup(vaadins);

        assertThat(lookup.lookup(Missing.class)).isNull();
        assertThat(lookup.lookup(Missing.class)).isNull();
        assertThat(lookup.lookup(Missing.class)).isNull();

        assertThat(asked).containsExactly(Missing.class);
    }

    @Test
    void a_present_service_is_looked_up_each_time_so_each_call_gets_what_vaadins_lookup_gives() {
        Lookup lookup = new AbsenceCachingLookup(vaadins);

        Present first = lookup.lookup(Present.class);
        Present second = lookup.lookup(Present.class);
        lookup.lookupAll(Missing.class);
        lookup.lookupAll(Missing.class);

        assertThat(first).isNotNull().isNotSameAs(second);
        assertThat(asked).containsExactly(Present.class, Present.class, Missing.class, Missing.class);
    }
}
