package com.salesos.security;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint the application maps (from {@link RequestMappingHandlerMapping}), one per method and path;
 * controllers compiled from the test sources (probes of other tests) are left out.
 */
record Endpoint(String method, String path, HandlerMethod handler, boolean multipart) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (fromTestSources(handler.getBeanType())) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("ANY", path, handler, multipart));
                }
                methods.forEach(m -> endpoints.add(new Endpoint(m.name(), path, handler, multipart)));
            }
        });
        // one entry per method and path (the error controller maps /error twice, for HTML and for JSON)
        Map<String, Endpoint> unique = new TreeMap<>();
        endpoints.forEach(e -> unique.putIfAbsent(e.path() + " " + e.method(), e));
        return new ArrayList<>(unique.values());
    }

    String key() {
        return method + " " + path;
    }

    /** A REST endpoint answers JSON; the rest are pages of the UI (login form, session, CSRF). */
    boolean rest() {
        return handler.getBeanType().isAnnotationPresent(RestController.class)
                || !handler.getBeanType().isAnnotationPresent(Controller.class) || path.startsWith("/api/");
    }

    /** The path with each variable replaced by a value of its type that names no record. */
    String samplePath() {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sample(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String sample(String variable) {
        for (var parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            var annotation = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
            if (annotation == null) {
                continue;
            }
            String name = !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
            if (variable.equals(name)) {
                Class<?> type = parameter.getParameterType();
                if (type == UUID.class) {
                    return UUID.randomUUID().toString();
                }
                if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
                    return "4242424242";
                }
            }
        }
        return "no_such_" + variable;
    }

    private static boolean fromTestSources(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
        return location != null && location.getPath().contains("test-classes");
    }
}
