package de.teilhabe.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.teilhabe.shared.web.OversizedUploads;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before the CSRF check, whose reading of {@code _csrf} makes the container parse a
 * multipart upload: an upload beyond the limits gets the 413 page instead of a 500.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	private final OversizedUploads oversized;

	OversizedUploadFilter(OversizedUploads oversized) {
		this.oversized = oversized;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!answered(ex, request, response)) {
				throw ex;
			}
		}
	}

	private boolean answered(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws ServletException {
		try {
			return this.oversized.answer(ex, request, response);
		}
		catch (Exception renderFailure) {
			renderFailure.addSuppressed(ex);
			throw new ServletException(renderFailure);
		}
	}

}
