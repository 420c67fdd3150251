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
 * the platform's bundles.
 */
@Component("guideReasons")
public class ReasonTexts {

	static final int KEPT = 20_000;

	private final MessageSource messages;

	private final Map<Sentence, String> sentences = new ConcurrentHashMap<>();

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons of a candidate, each a sentence. */
	public List<String> of(Candidate candidate) {
		return candidate.reasons().stream().map(this::text).toList();
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

	/** What a reason's sentence depends on (not its cost). */
	private record Sentence(String key, List<Object> arguments, Locale locale) {
	}

}
