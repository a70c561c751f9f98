package org.govkg.web;

import java.time.Duration;
import java.util.Locale;

import org.govkg.search.EntitySearch;
import org.govkg.store.EntityLookup;
import org.govkg.store.KnowledgeStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web app's wiring: Chinese by default, English with {@code ?lang=en} (remembered in a
 * cookie), a Content-Security-Policy on every response (scripts and styles from the app only; no
 * CDN is ever contacted), and the services the pages use.
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("govkg-lang");
        r.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        r.setCookieMaxAge(Duration.ofDays(365));
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }

    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>((req, res, chain) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setHeader("Content-Security-Policy", CSP);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            chain.doFilter(req, res);
        });
        bean.setOrder(Integer.MIN_VALUE);
        return bean;
    }

    @Bean
    EntitySearch entitySearch(KnowledgeStore store) {
        return new EntitySearch(store);
    }

    @Bean
    EntityLookup entityLookup(KnowledgeStore store) {
        return new EntityLookup(store);
    }
}
