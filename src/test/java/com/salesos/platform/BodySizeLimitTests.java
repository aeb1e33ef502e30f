package com.salesos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body limit also holds for bodies sent without a {@code Content-Length} (chunked): counted while read. */
class BodySizeLimitTests {

    private final BodySizeLimit filter = new BodySizeLimit(100, 1_000, new ObjectMapper());

    @Test
    void chunkedBodyPastTheLimitIsAnswered413WhenTheReaderGivesUp() throws Exception {
        MockHttpServletRequest request = chunked(new byte[500]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void chunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = chunked(new byte[100]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        int[] read = new int[1];
        filter.doFilter(request, response, (req, res) -> read[0] = req.getInputStream().readAllBytes().length);
        assertThat(read[0]).isEqualTo(100);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void declaredLengthAboveTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] reached = new boolean[1];
        filter.doFilter(request, response, (req, res) -> reached[0] = true);
        assertThat(reached[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void uploadsHaveTheirOwnLargerLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/models");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[500]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] reached = new boolean[1];
        filter.doFilter(request, response, (req, res) -> reached[0] = true);
        assertThat(reached[0]).isTrue();
    }

    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }
}
