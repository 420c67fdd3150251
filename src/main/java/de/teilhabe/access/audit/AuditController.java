package de.teilhabe.access.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.audit.AuditQueries.AuditPage;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit log of the reader's tenant for the PRIVACY_OFFICER and the ADMIN (who does
 * not see why a case was read), as a page and as JSON, with the state of the hash chain.
 */
@Controller
class AuditController {

	static final int DEFAULT_SIZE = 25;

	/** The role codes as a role change's details hold them. */
	private static final Pattern ROLE_CODE = Pattern
		.compile("\\b(" + String.join("|", java.util.Arrays.stream(Role.values()).map(Role::name).toList()) + ")\\b");

	private final AuditQueries queries;

	private final AuditLog audit;

	private final AuditChain chain;

	private final MessageSource messages;

	AuditController(AuditQueries queries, AuditLog audit, AuditChain chain, MessageSource messages) {
		this.queries = queries;
		this.audit = audit;
		this.chain = chain;
		this.messages = messages;
	}

	/**
	 * A role change's details read {@code COUNSELLOR -> GUIDE_COORDINATOR}; the page
	 * shows the roles' names.
	 */
	static String rolesInWords(String details, MessageSource messages, Locale locale) {
		if (details == null) {
			return null;
		}
		Matcher role = ROLE_CODE.matcher(details);
		StringBuilder words = new StringBuilder();
		while (role.find()) {
			String name = messages.getMessage("role." + role.group(), null, role.group(), locale);
			role.appendReplacement(words, Matcher.quoteReplacement(name));
		}
		role.appendTail(words);
		return words.toString().replace(" -> ", " → ");
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		AuditCategory filter = category(category);
		AuditPage entries = read(actor, filter, page, DEFAULT_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("category", filter);
		model.addAttribute("categories", AuditCategory.values());
		model.addAttribute("tamperedEntry", this.audit.verify(actor.tenantId()));
		model.addAttribute("lastFullCheck", this.chain.lastFullCheck(actor.tenantId()).orElse(null));
		model.addAttribute("mayCheckFully", actor.has(Role.PRIVACY_OFFICER));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("rolesInWords",
				(UnaryOperator<String>) (details) -> rolesInWords(details, this.messages, locale));
		return "access/audit";
	}

	/**
	 * Re-hashes the tenant's whole chain (a view checks only what came after the last
	 * full check) and moves the checkpoint on.
	 */
	@PostMapping("/audit/full-check")
	String fullCheck() {
		this.chain.verifyFully(CurrentActor.get().tenantId());
		return "redirect:/audit";
	}

	@GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> api(@RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		Actor actor = CurrentActor.get();
		AuditPage entries = read(actor, category(category), paging.page(), paging.size());
		Long tampered = this.audit.verify(actor.tenantId());
		ApiPage<?> listed = ApiPage.of(entries.entries(), paging, entries.total());
		// the paged list's fields, then what the log says about its chain
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", listed.items());
		body.put("page", listed.page());
		body.put("size", listed.size());
		body.put("totalItems", listed.totalItems());
		body.put("totalPages", listed.totalPages());
		body.put("chainIntact", tampered == null);
		body.put("tamperedEntryId", tampered);
		body.put("fullCheckAt", this.chain.lastFullCheck(actor.tenantId()).orElse(null));
		return body;
	}

	private AuditPage read(Actor actor, AuditCategory category, int page, int size) {
		if (page < 0) {
			throw new BadRequestException("access.error.audit.page");
		}
		return this.queries.page(actor.tenantId(), category, page, size, actor.has(Role.PRIVACY_OFFICER));
	}

	private static AuditCategory category(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return AuditCategory.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("access.error.audit.category");
		}
	}

}
