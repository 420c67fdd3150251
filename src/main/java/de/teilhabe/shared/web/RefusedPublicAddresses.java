package de.teilhabe.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A public address that Tomcat's connector refuses before any filter runs (a NUL
 * ({@code %00}), an encoded slash or a backslash in the path: 400) gets the public error
 * page in the language of the path instead of Tomcat's bare page: a valve of the engine
 * sees such a request already answered with an error when it enters the container, and
 * renders {@link ErrorResponses}'s page itself. Any other request, and any failure here,
 * leaves the answer to Tomcat.
 */
@Component
class RefusedPublicAddresses implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(RefusedPublicAddresses.class);

	private final ObjectProvider<ErrorResponses> errors;

	private final ObjectProvider<FilterAnswers> answers;

	private final ObjectProvider<ServletContext> servletContext;

	RefusedPublicAddresses(ObjectProvider<ErrorResponses> errors, ObjectProvider<FilterAnswers> answers,
			ObjectProvider<ServletContext> servletContext) {
		this.errors = errors;
		this.answers = answers;
		this.servletContext = servletContext;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new ValveBase(true) {
			@Override
			public void invoke(Request request, Response response) throws IOException, ServletException {
				if (response.isError() && response.getStatus() == HttpServletResponse.SC_BAD_REQUEST
						&& response.getContentWritten() == 0 && isPublic(request) && answered(request, response)) {
					return;
				}
				getNext().invoke(request, response);
			}
		});
	}

	private static boolean isPublic(Request request) {
		String uri = request.getRequestURI();
		return uri != null && uri.startsWith("/p/");
	}

	/** Renders the public error page; false (Tomcat answers) if that fails. */
	private boolean answered(Request request, Response response) {
		ServletContext context = this.servletContext.getIfAvailable();
		ErrorResponses errors = this.errors.getIfAvailable();
		FilterAnswers answers = this.answers.getIfAvailable();
		if (context == null || errors == null || answers == null) {
			return false;
		}
		// no context was mapped for the refused address: the application's, and its root
		HttpServletRequest refused = new HttpServletRequestWrapper(request.getRequest()) {
			@Override
			public ServletContext getServletContext() {
				return context;
			}

			@Override
			public String getContextPath() {
				return "";
			}
		};
		HttpServletResponse page = new HttpServletResponseWrapper(response.getResponse()) {
			@Override
			public String encodeURL(String url) {
				return url;
			}

			@Override
			public String encodeRedirectURL(String url) {
				return url;
			}
		};
		try {
			response.setSuspended(false);
			response.resetBuffer();
			answers.useReadersLocale(refused);
			answers.render(errors.answer(HttpStatus.BAD_REQUEST, null, refused, page), refused, page);
			response.setErrorReported();
			response.finishResponse();
			return true;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			log.debug("The page of a refused public address could not be rendered", ex);
			return false;
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
