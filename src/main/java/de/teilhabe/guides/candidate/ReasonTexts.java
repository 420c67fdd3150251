package de.teilhabe.guides.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reasons of a candidate's cost in the reader's language, for pages and the API.
 * Templates use it as {@code @guideReasons}. The bundles do not change while the platform
 * runs and a reason's sentence depends only on the reason and the language, so sentences
 * are kept (at most {@value #KEPT} of them; all are dropped when that many are kept): a
 * list of candidates repeats the same few reasons, and each lookup would otherwise walk
 * the platform's bundles. A candidate's sentences are kept too, by the list of its
 * reasons itself (a kept ranking, {@link KeptRankings}, hands out the same lists again):
 * looking them up costs no comparison of keys and arguments (at most {@value #KEPT}
 * lists; all are dropped when that many are kept).
 */
@Component("guideReasons")
public class ReasonTexts {

	static final int KEPT = 20_000;

	private final MessageSource messages;

	private final Map<Sentence, String> sentences = new ConcurrentHashMap<>();

	private final Map<ReasonsIn, List<String>> lists = new ConcurrentHashMap<>();

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons of a candidate, each a sentence. */
	public List<String> of(Candidate candidate) {
		ReasonsIn key = new ReasonsIn(candidate.reasons(), LocaleContextHolder.getLocale());
		List<String> texts = this.lists.get(key);
		if (texts == null) {
			texts = candidate.reasons().stream().map(this::text).toList();
			if (this.lists.size() >= KEPT) {
				this.lists.clear();
			}
			this.lists.put(key, texts);
		}
		return texts;
	}

	/** One reason as a sentence. */
	public String text(Reason reason) {
		Sentence sentence = new Sentence(reason.key(), reason.arguments(), LocaleContextHolder.getLocale());
		String text = this.sentences.get(sentence);
		if (text == null) {
			text = format(reason, sentence.locale());
			if (this.sentences.size() >= KEPT) {
				this.sentences.clear();
			}
			this.sentences.put(sentence, text);
		}
		return text;
	}

	private String format(Reason reason, Locale locale) {
		Object[] arguments = reason.arguments().stream().map((argument) -> {
			if (argument instanceof Reason.LanguageName language) {
				return Languages.find(language.code()).map((found) -> found.name(locale)).orElse(language.code());
			}
			if (argument instanceof Reason.Label label) {
				return this.messages.getMessage(label.key(), null, label.key(), locale);
			}
			return argument;
		}).toArray();
		return this.messages.getMessage(reason.key(), arguments, locale);
	}

	/**
	 * A list of reasons (the very list: compared by identity) in a language.
	 */
	private record ReasonsIn(List<Reason> reasons, Locale locale) {

		@Override
		public boolean equals(Object other) {
			return other instanceof ReasonsIn that && this.reasons == that.reasons && this.locale.equals(that.locale);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(this.reasons) + this.locale.hashCode();
		}

	}

	/** What a reason's sentence depends on (not its cost). */
	private record Sentence(String key, List<Object> arguments, Locale locale) {
	}

}
