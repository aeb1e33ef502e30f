package com.salesos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import com.salesos.security.Role;
import com.salesos.security.UserService;
import com.salesos.workflow.embedded.EngineDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every {@link BrowserTest} class shares: skipped without chromium, one browser per test class on the
 * application's random port, closed after the class; and moving processes on by hand, as this context runs no job
 * executor.
 */
public abstract class BrowserTestSupport {

    /** The password of the people {@link #signInAsNew} makes. */
    protected static final String PASSWORD = "browser-pw-1";

    /** How long a process step may take on a busy machine. */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected EngineDriver engine;

    @Autowired
    protected UserService users;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        if (browser == null) {
            browser = Browser.start("http://localhost:" + port);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Makes a new person with the role (no rep record) and signs them in; returns their username. */
    protected String signInAsNew(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, PASSWORD, username, Set.of(role), null);
        browser.signIn(username, PASSWORD);
        return username;
    }

    /** Runs the due jobs again and again until what {@code read} returns satisfies {@code done}; returns it. */
    protected <T> T driveUntil(Callable<T> read, Predicate<? super T> done) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            engine.runDueJobs();
            return read.call();
        }, done::test);
    }
}
