package de.teilhabe.region.settings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.teilhabe.region.Language;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.TenantSettingsChanged;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the settings of the signed-in user's tenant: all or nothing, guarded by the
 * version the form was loaded with, and announces the changed fields
 * ({@link TenantSettingsChanged}, audited by the access module in the same transaction).
 */
@Service
class SettingsStore {

	private final JdbcClient jdbc;

	private final Tenants tenants;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SettingsStore(JdbcClient jdbc, Tenants tenants, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.events = events;
		this.clock = clock;
	}

	/** What the logo should become. */
	sealed interface LogoChange permits KeepLogo, RemoveLogo, NewLogo {

	}

	record KeepLogo() implements LogoChange {
	}

	record RemoveLogo() implements LogoChange {
	}

	record NewLogo(byte[] content, String mediaType) implements LogoChange {
	}

	/**
	 * Saves the settings.
	 * @return the names of the changed fields (empty if nothing changed), or null if the
	 * settings were changed by someone else since {@code version} (nothing stored)
	 */
	@Transactional
	List<String> save(Actor actor, int version, SettingsForm values, LogoChange logo) {
		TenantSettings current = this.tenants.settings(actor.tenantId())
			.orElseThrow(() -> new IllegalStateException("Tenant " + actor.tenantId() + " has no settings row"));
		if (current.version() != version) {
			return null;
		}
		List<String> currentLanguages = this.tenants.publicLanguages(actor.tenantId())
			.stream()
			.map(Language::code)
			.toList();
		List<String> changed = changedFields(current, values, logo);
		List<String> languages = values.languageCodes();
		if (!languages.equals(currentLanguages)) {
			changed.add("publicLanguages");
		}
		if (changed.isEmpty()) {
			return changed;
		}
		int updated = this.jdbc.sql("""
				UPDATE tenant_settings
				SET office_name = ?, street = ?, postcode = ?, city = ?, office_hours = ?, phone = ?, email = ?,
				    website = ?, imprint_text = ?, privacy_text = ?, updated_at = ?, version = version + 1
				WHERE tenant_id = ? AND version = ?""")
			.params(values.officeName(), values.street(), values.postcode(), values.city(), values.officeHours(),
					values.phone(), values.email(), values.website(), values.imprintText(), values.privacyText(),
					OffsetDateTime.now(this.clock), actor.tenantId(), version)
			.update();
		if (updated == 0) {
			return null; // saved by someone else between our read and this update
		}
		if (logo instanceof RemoveLogo) {
			this.jdbc.sql("UPDATE tenant_settings SET logo = NULL, logo_type = NULL WHERE tenant_id = ?")
				.param(actor.tenantId())
				.update();
		}
		else if (logo instanceof NewLogo upload) {
			this.jdbc.sql("UPDATE tenant_settings SET logo = ?, logo_type = ? WHERE tenant_id = ?")
				.params(upload.content(), upload.mediaType(), actor.tenantId())
				.update();
		}
		if (changed.contains("publicLanguages")) {
			this.jdbc.sql("UPDATE tenant_settings SET public_languages = ? WHERE tenant_id = ?")
				.params(languages.toArray(String[]::new), actor.tenantId())
				.update();
		}
		if (changed.contains("name")) {
			this.jdbc.sql("UPDATE tenant SET name = ? WHERE id = ?").params(values.name(), actor.tenantId()).update();
		}
		this.events
			.publishEvent(new TenantSettingsChanged(actor.tenantId(), actor.userId(), actor.username(), changed));
		return changed;
	}

	private static List<String> changedFields(TenantSettings current, SettingsForm values, LogoChange logo) {
		List<String> changed = new ArrayList<>();
		compare(changed, "name", current.name(), values.name());
		compare(changed, "officeName", current.officeName(), values.officeName());
		compare(changed, "street", current.street(), values.street());
		compare(changed, "postcode", current.postcode(), values.postcode());
		compare(changed, "city", current.city(), values.city());
		compare(changed, "officeHours", current.officeHours(), values.officeHours());
		compare(changed, "phone", current.phone(), values.phone());
		compare(changed, "email", current.email(), values.email());
		compare(changed, "website", current.website(), values.website());
		compare(changed, "imprintText", current.imprintText(), values.imprintText());
		compare(changed, "privacyText", current.privacyText(), values.privacyText());
		if (logo instanceof NewLogo || (logo instanceof RemoveLogo && current.hasLogo())) {
			changed.add("logo");
		}
		return changed;
	}

	private static void compare(List<String> changed, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

}
