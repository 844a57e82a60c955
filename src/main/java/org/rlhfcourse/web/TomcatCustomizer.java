package org.rlhfcourse.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ProtocolHandler;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The site's changes to the embedded Tomcat: the site's error page for what Tomcat
 * refuses by itself ({@link SiteErrorReportValve}, in place of Tomcat's error report
 * valve), the security headers on everything the connector writes
 * ({@link SecurityHeadersAdapter}), and the drain before a graceful shutdown
 * ({@link ShutdownDrain}).
 */
class TomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final SiteErrorReportValve errorReport;

	private final ShutdownDrain drain;

	private final SecurityHeaders headers;

	TomcatCustomizer(SiteErrorReportValve errorReport, ShutdownDrain drain, SecurityHeaders headers) {
		this.errorReport = errorReport;
		this.drain = drain;
		this.headers = headers;
	}

	/**
	 * After Spring Boot's own customizer, which adds a plain error report valve that the
	 * site's replaces.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(this.drain.valve());
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve existing : host.getPipeline().getValves()) {
					if (existing instanceof ErrorReportValve) {
						host.getPipeline().removeValve(existing);
					}
				}
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
				host.getPipeline().addValve(this.errorReport);
			}
		});
		// The connector makes its adapter when it is initialised, after this runs.
		factory.addConnectorCustomizers((connector) -> connector.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				ProtocolHandler protocol = connector.getProtocolHandler();
				protocol.setAdapter(new SecurityHeadersAdapter(protocol.getAdapter(), this.headers));
			}
		}));
	}

}
