package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.http.TestServer;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One service (the shared {@link TestServer} fixture) and one desktop-sized browser per test class; each test starts on a freshly loaded page and
 * ends by checking the page logged no script error or blocked request.
 */
abstract class BrowserTestSupport {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 375;

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    static Browser browser;
    AssessmentPage page;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start(DESKTOP_WIDTH, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        browser.resize(DESKTOP_WIDTH, 900);
        page = new AssessmentPage(browser).open(server.uri("/").toString());
    }

    @AfterEach
    void noScriptErrors() {
        List<String> severe = browser.consoleEntries().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                // a 400 answer is what some tests ask for; the browser logs it as a failed load
                .filter(m -> !m.contains("status of 400"))
                .toList();
        assertThat(severe).as("errors in the browser console").isEmpty();
    }
}
