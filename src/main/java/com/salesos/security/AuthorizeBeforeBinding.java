package com.salesos.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller's {@code @PreAuthorize} before Spring MVC reads and validates the request body. Method
 * security alone runs after binding, so a caller without the right would learn from a 400 which fields an
 * endpoint wants; with this check a refused caller gets 403 whatever they send. The rules themselves stay on the
 * controllers; method security still checks them again at the call, and alone judges a rule that names a method
 * argument.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeBeforeBinding implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    /** A rule naming an argument ({@code #repId}) can only be judged at the call, once the arguments are bound. */
    private static boolean refersToArguments(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && rule.value().contains("#");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && !(method.getBean() instanceof String)
                        && !refersToArguments(method)) {
                    AuthorizationResult result = rules.authorize(
                            () -> SecurityContextHolder.getContext().getAuthentication(),
                            new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                                    new Object[method.getMethod().getParameterCount()]));
                    if (result != null && !result.isGranted()) {
                        throw new AccessDeniedException("Access Denied");
                    }
                }
                return true;
            }
        });
    }
}
