package com.custodyadvisor.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void givesTheResultOfWorkDoneOnAThreadOfItsOwn() throws Exception {
        Background<String> work = Background.start("test-work", () -> Thread.currentThread().getName());

        assertThat(work.join(IOException.class)).isEqualTo("test-work");
    }

    @Test
    void throwsTheWorksOwnExceptionAsItself() {
        IOException failure = new IOException("unreadable");
        Background<String> work = Background.start("test-work", () -> {
            throw failure;
        });

        assertThatThrownBy(() -> work.join(IOException.class)).isSameAs(failure);
    }

    @Test
    void anUnexpectedCheckedExceptionIsWrappedAndAnUncheckedOneThrownAsItself() {
        Background<String> checked = Background.start("test-work", () -> {
            throw new InterruptedException("stopped");
        });
        IllegalArgumentException unchecked = new IllegalArgumentException("bad");
        Background<String> plain = Background.start("test-work", () -> {
            throw unchecked;
        });

        assertThatThrownBy(() -> checked.join(IOException.class)).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(InterruptedException.class);
        assertThatThrownBy(() -> plain.join(IOException.class)).isSameAs(unchecked);
    }
}
