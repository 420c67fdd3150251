package de.teilhabe.access.security;

import java.io.IOException;
import java.util.Optional;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.web.ProblemAnswers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. A token that is
 * unknown, expired, revoked or belongs to a deactivated user is answered with 401 at
 * once, before anything reads the request body.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final UserStore users;

	private final AccountUserDetailsService accounts;

	private final ProblemAnswers problems;

	BearerTokenFilter(ApiTokens tokens, UserStore users, AccountUserDetailsService accounts, ProblemAnswers problems) {
		this.problems = problems;
		this.tokens = tokens;
		this.users = users;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> account = this.tokens.authenticate(header.substring(7).trim())
			.flatMap(this.users::findById)
			.filter(this.accounts::active);
		if (account.isEmpty()) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.401.token");
			return;
		}
		UserAccount user = account.get();
		user.eraseCredentials();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
