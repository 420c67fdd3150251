package de.teilhabe.region.settings;

import java.util.List;

import de.teilhabe.region.Language;
import de.teilhabe.region.TenantSettings;

/**
 * The tenant settings form as submitted (the logo comes as its own multipart part).
 */
public class SettingsForm {

	private String name;

	private String officeName;

	private String street;

	private String postcode;

	private String city;

	private String officeHours;

	private String phone;

	private String email;

	private String website;

	private String imprintText;

	private String privacyText;

	private boolean removeLogo;

	/**
	 * The codes of the ticked public languages; null when the form did not carry the
	 * language choice (kept as it is), empty when none was ticked.
	 */
	private List<String> publicLanguages;

	private Integer version;

	static SettingsForm of(TenantSettings settings, List<Language> publicLanguages) {
		SettingsForm form = new SettingsForm();
		form.name = settings.name();
		form.officeName = settings.officeName();
		form.street = settings.street();
		form.postcode = settings.postcode();
		form.city = settings.city();
		form.officeHours = settings.officeHours();
		form.phone = settings.phone();
		form.email = settings.email();
		form.website = settings.website();
		form.imprintText = settings.imprintText();
		form.privacyText = settings.privacyText();
		form.version = settings.version();
		form.publicLanguages = publicLanguages.stream().map(Language::code).toList();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOfficeName() {
		return this.officeName;
	}

	public void setOfficeName(String officeName) {
		this.officeName = officeName;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getOfficeHours() {
		return this.officeHours;
	}

	public void setOfficeHours(String officeHours) {
		this.officeHours = officeHours;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getImprintText() {
		return this.imprintText;
	}

	public void setImprintText(String imprintText) {
		this.imprintText = imprintText;
	}

	public String getPrivacyText() {
		return this.privacyText;
	}

	public void setPrivacyText(String privacyText) {
		this.privacyText = privacyText;
	}

	public boolean isRemoveLogo() {
		return this.removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

	public List<String> getPublicLanguages() {
		return this.publicLanguages;
	}

	public void setPublicLanguages(List<String> publicLanguages) {
		this.publicLanguages = publicLanguages;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
