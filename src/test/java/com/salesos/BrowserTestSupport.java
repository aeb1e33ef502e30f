package com.salesos;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every {@link BrowserTest} class shares: skipped without chromium, one browser per test class on the
 * application's random port, closed after the class.
 */
public abstract class BrowserTestSupport {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

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
}
