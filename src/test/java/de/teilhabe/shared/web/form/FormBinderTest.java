package de.teilhabe.shared.web.form;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared form binding: values into a record, constraints with the bundles' messages,
 * indexed rows, every error at once, the values shown again.
 */
class FormBinderTest {

	enum Colour {

		RED, GREEN

	}

	record Row(@NotBlank(message = "{form.error.required}") String name, @WebAddress String link) {
	}

	record Sample(@NotNull(message = "{form.error.required}") Colour colour,
			@NotBlank(message = "{form.error.required}") @Size(max = 5,
					message = "{form.error.tooLong}") @SingleLine String name,
			List<@OneOf(Colour.class) String> colours,
			@Range(min = 1, max = 9, message = "{form.error.range}") Integer count, LocalDate day,
			List<@Valid Row> rows) implements CheckedTogether {

		@Override
		public void checkTogether(Errors errors) {
			if (this.count != null && this.count == 7 && this.day == null) {
				errors.rejectValue("day", "form.error.required");
			}
		}

	}

	ResourceBundleMessageSource messages;

	FormBinder binder;

	@BeforeEach
	void setUp() {
		this.messages = new ResourceBundleMessageSource();
		this.messages.setBasenames("i18n/shared");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setMessageInterpolator(new MessageInterpolatorFactory(this.messages).getObject());
		validator.afterPropertiesSet();
		this.binder = new FormBinder(validator, new DefaultFormattingConversionService());
		LocaleContextHolder.setLocale(Locale.GERMAN);
	}

	@AfterEach
	void tearDown() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void validValuesBecomeTheRecordWithListsAndRowsAndAreShownAgainNormalised() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("colour", "GREEN");
		input.put("name", "  Anna ");
		input.put("colours", List.of("RED; GREEN", "RED"));
		input.put("count", "3");
		input.put("day", "2027-01-31");
		input.put("rows[0].name", "Erste");
		input.put("rows[1].name", "");
		input.put("rows[1].link", "");
		input.put("rows[2].name", "Dritte");
		input.put("rows[2].link", "https://example.org");
		FormBinder.Bound<Sample> bound = this.binder.bind(input, Sample.class);
		assertThat(bound.valid()).as(bound.checked().errors().toString()).isTrue();
		Sample sample = bound.form();
		assertThat(sample.colour()).isEqualTo(Colour.GREEN);
		assertThat(sample.name()).isEqualTo("Anna");
		assertThat(sample.colours()).containsExactly("RED", "GREEN");
		assertThat(sample.day()).isEqualTo(LocalDate.of(2027, 1, 31));
		// the empty spare row is left out, the rows are numbered again
		assertThat(sample.rows()).containsExactly(new Row("Erste", null), new Row("Dritte", "https://example.org"));
		assertThat(bound.checked().values()).containsEntry("colours", "RED, GREEN")
			.containsEntry("rows[1].name", "Dritte")
			.containsEntry("rows[1].link", "https://example.org")
			.containsEntry("rows[0].link", "")
			.containsEntry("day", "2027-01-31");
	}

	@Test
	void aJsonBodysRowsAreAnArrayOfObjects() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("colour", "RED");
		input.put("name", "Anna");
		input.put("rows", List.of(Map.of("name", "Erste"), Map.of("name", "", "link", "ftp://x")));
		FormBinder.Bound<Sample> bound = this.binder.bind(input, Sample.class);
		assertThat(messages(bound, Locale.GERMAN)).containsOnlyKeys("rows[1].name", "rows[1].link");
		assertThat(bound.checked().values()).containsEntry("rows[0].name", "Erste")
			.containsEntry("rows[1].link", "ftp://x");
	}

	@Test
	void everyFieldIsNamedAtOnceEvenWhenAValueCannotBeRead() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("colour", "BLUE");
		input.put("name", "Zu langer Name");
		input.put("colours", "RED, PURPLE");
		input.put("count", "10");
		input.put("day", "31.01.2027");
		FormBinder.Bound<Sample> bound = this.binder.bind(input, Sample.class);
		assertThat(bound.valid()).isFalse();
		assertThat(messages(bound, Locale.GERMAN)).containsExactly(
				Map.entry("colour", "Bitte einen der angebotenen Werte wählen."),
				Map.entry("name", "Höchstens 5 Zeichen."), Map.entry("colours", "„PURPLE“ ist kein angebotener Wert."),
				Map.entry("count", "Bitte eine Zahl von 1 bis 9 angeben."),
				Map.entry("day", "Bitte ein Datum angeben (JJJJ-MM-TT)."));
		// shown again as sent
		assertThat(bound.checked().values()).containsEntry("colour", "BLUE").containsEntry("day", "31.01.2027");
	}

	@Test
	void rowsAndChecksTogetherAreNamedByTheirPathInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("colour", "RED");
		input.put("name", "A\nB");
		input.put("count", "7");
		input.put("rows[0].link", "javascript:alert(1)");
		// a control character that came in another way than a page's parameters (JSON)
		input.put("colours", List.of("RED", "GR\u001bEEN"));
		FormBinder.Bound<Sample> bound = this.binder.bind(input, Sample.class);
		assertThat(messages(bound, Locale.ENGLISH)).containsEntry("name", "Please without line breaks.")
			.containsEntry("colours",
					"An input holds an invisible control character (from copied text, say). "
							+ "Please remove it and send the input again.")
			.containsEntry("rows[0].name", "Please fill in.")
			.containsEntry("rows[0].link", "Please give a complete address starting with http:// or https://.")
			.containsEntry("day", "Please fill in.");
	}

	record Password(@NotBlank(message = "{form.error.required}") String name,
			@Secret @NotNull(message = "{form.error.required}") String password) {
	}

	@Test
	void aSecretIsBoundAsTypedAndNeverShownAgain() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", " Anna ");
		input.put("password", "  mit Leerzeichen ");
		FormBinder.Bound<Password> bound = this.binder.bind(input, Password.class);
		assertThat(bound.valid()).isTrue();
		assertThat(bound.form()).isEqualTo(new Password("Anna", "  mit Leerzeichen "));
		assertThat(bound.checked().values()).containsExactly(Map.entry("name", "Anna"), Map.entry("password", ""));
		assertThat(FormBinder.values(bound.form())).containsEntry("password", "");

		input.put("name", "");
		FormBinder.Bound<Password> invalid = this.binder.bind(input, Password.class);
		assertThat(messages(invalid, Locale.GERMAN)).containsOnlyKeys("name");
		assertThat(invalid.checked().values()).containsEntry("password", "");

		input.put("password", "");
		assertThat(messages(this.binder.bind(input, Password.class), Locale.GERMAN)).containsEntry("password",
				"Bitte ausfüllen.");
	}

	private Map<String, String> messages(FormBinder.Bound<?> bound, Locale locale) {
		Map<String, String> messages = new LinkedHashMap<>();
		bound.checked()
			.errors()
			.forEach((field, error) -> messages.put(field, this.messages.getMessage(error, locale)));
		return messages;
	}

}
