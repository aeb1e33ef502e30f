package com.salesos.workflow.embedded;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Turns on the engine's settings ({@code salesos.workflow.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class EngineConfiguration {
}
