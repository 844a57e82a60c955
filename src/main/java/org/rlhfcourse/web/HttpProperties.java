package org.rlhfcourse.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The security headers sent with every response ({@code site.http.*}). The defaults allow
 * nothing from another origin and no inline script; inline styles are allowed because
 * KaTeX positions glyphs with {@code style=""} attributes.
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header
 * @param referrerPolicy the {@code Referrer-Policy} header
 * @param permissionsPolicy the {@code Permissions-Policy} header
 * @param hsts {@code Strict-Transport-Security}: off by default (a browser would then
 * insist on HTTPS for localhost), on in the {@code prod} profile
 * @param shutdownDrain on shutdown, how long at most the port stays open answering new
 * requests with 503 before it closes ({@link ShutdownDrain}); it closes earlier once
 * requests stop arriving. Off (0s) by default: under constant load
 * ({@code bench/shutdown.sh}) a longer open port meant more connections reset when it
 * finally closed (40 against 9), not fewer
 */
@Validated
@ConfigurationProperties("site.http")
public record HttpProperties(
		@DefaultValue("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
				+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
				+ "form-action 'self'") @NotBlank String contentSecurityPolicy,
		@DefaultValue("strict-origin-when-cross-origin") @NotBlank String referrerPolicy,
		@DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()") @NotBlank String permissionsPolicy,
		@DefaultValue @Valid Hsts hsts, @DefaultValue("0s") Duration shutdownDrain) {

	/** The defaults, for use outside Spring. */
	public static HttpProperties defaults() {
		return new HttpProperties(
				"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
						+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
						+ "form-action 'self'",
				"strict-origin-when-cross-origin",
				"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
				new Hsts(false, Duration.ofDays(365), true), Duration.ZERO);
	}

	/**
	 * {@code Strict-Transport-Security} settings.
	 *
	 * @param enabled whether the header is sent
	 * @param maxAge how long browsers keep to HTTPS only
	 * @param includeSubdomains whether subdomains are covered too
	 */
	public record Hsts(@DefaultValue("false") boolean enabled, @DefaultValue("365d") Duration maxAge,
			@DefaultValue("true") boolean includeSubdomains) {

		/** The header value, e.g. {@code max-age=31536000; includeSubDomains}. */
		public String headerValue() {
			return "max-age=" + this.maxAge.toSeconds() + (this.includeSubdomains ? "; includeSubDomains" : "");
		}

	}

}
