package com.salesos.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class BodySizeLimitConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(@Value("${salesos.http.max-body-size:4MB}") DataSize maxBody,
            @Value("${salesos.http.max-upload-size:20MB}") DataSize maxUpload, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(maxBody.toBytes(), maxUpload.toBytes(), json));
        // first of all filters: a body too large is refused before sign-in, idempotency records or controllers read it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
