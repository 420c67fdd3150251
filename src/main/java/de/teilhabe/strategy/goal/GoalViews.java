package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.strategy.goal.Controlling.Assessment;
import de.teilhabe.strategy.goal.Controlling.Point;

import org.springframework.stereotype.Component;

/**
 * Goals as the API and the pages show them: the API's items, and the words and names of a
 * page's rows. One instance of {@link Reader} per request keeps the tolerance, the
 * indicators and the region names it looked up.
 */
@Component
class GoalViews {

	private final GoalStore goals;

	private final StatusWords words;

	private final Indicators indicators;

	private final Regions regions;

	private final Preparation preparation;

	GoalViews(GoalStore goals, StatusWords words, Indicators indicators, Regions regions, Preparation preparation) {
		this.preparation = preparation;
		this.goals = goals;
		this.words = words;
		this.indicators = indicators;
		this.regions = regions;
	}

	/**
	 * A goal in the API's list.
	 *
	 * @param id its id
	 * @param title what is to be reached
	 * @param field the name of its Handlungsfeld
	 * @param indicator the code of its indicator, or null for a custom measure
	 * @param region the key of the indicator's region (AGS/ARS, a string), or null
	 * @param baseline the baseline
	 * @param target the target
	 * @param latest the latest value, or null
	 * @param status the controlling status
	 * @param statusReason why, in words in the reader's language
	 * @param statements the statements of the Integrationsdialog it answers
	 */
	record GoalItem(UUID id, String title, String field, String indicator, String region, ValueOfYear baseline,
			ValueOfYear target, ValueOfYear latest, GoalStatus status, String statusReason,
			List<AnsweredStatement> statements) {

	}

	/** A value and its year. */
	record ValueOfYear(BigDecimal value, int year) {

		static ValueOfYear of(Point point) {
			return (point == null) ? null : new ValueOfYear(point.value(), point.year());
		}

	}

	/**
	 * A region's name as the office says it: a Landkreis or Kreis with its kind
	 * (Landkreis Osnabrück, which the directory calls Osnabrück, beside the Stadt
	 * Osnabrück, which it calls Osnabrück, Stadt), every other region by its official
	 * name.
	 */
	static String name(Region region) {
		boolean kreis = region.level() == RegionLevel.KREIS
				&& ("Landkreis".equals(region.kind()) || "Kreis".equals(region.kind()));
		return kreis ? region.kind() + " " + region.name() : region.name();
	}

	Reader reader(UUID tenantId, Locale locale) {
		return new Reader(tenantId, locale);
	}

	/** Reads goals of one tenant in one language. */
	final class Reader {

		private final UUID tenantId;

		private final Locale locale;

		private BigDecimal tolerance;

		private Map<String, IndicatorDefinition> catalogue;

		private final Map<String, String> regionNames = new HashMap<>();

		private final boolean preparing;

		Reader(UUID tenantId, Locale locale) {
			this.tenantId = tenantId;
			this.locale = locale;
			this.preparing = GoalViews.this.preparation.inProgress();
		}

		/**
		 * Whether the goal has no data only because the reference statistics and the
		 * indicators are still being prepared after a start: an indicator's goal without
		 * a value while {@link Preparation#inProgress()}. Its pages then say so instead
		 * of presenting no data as a fact.
		 */
		boolean waitingForFigures(Goal goal, Assessment assessment) {
			return this.preparing && goal.byIndicator() && assessment.status() == GoalStatus.NO_DATA;
		}

		/** The words of a goal waiting for the figures: its status and the reason. */
		String preparingName() {
			return GoalViews.this.words.message("strategy.goal.status.preparing", this.locale);
		}

		String preparingReason() {
			return GoalViews.this.words.message("strategy.goal.reason.preparing", this.locale);
		}

		BigDecimal tolerance() {
			if (this.tolerance == null) {
				this.tolerance = GoalViews.this.goals.tolerance(this.tenantId);
			}
			return this.tolerance;
		}

		Assessment assess(Goal goal) {
			return StatusWords.assess(goal, tolerance());
		}

		GoalItem item(Goal goal) {
			return items(List.of(goal)).get(0);
		}

		/** The API's items of goals, with the statements they answer (one query). */
		List<GoalItem> items(List<Goal> goals) {
			Map<UUID, List<AnsweredStatement>> answered = GoalViews.this.goals.answered(this.tenantId,
					goals.stream().map(Goal::id).toList());
			List<GoalItem> items = new ArrayList<>();
			for (Goal goal : goals) {
				Assessment assessment = assess(goal);
				items.add(new GoalItem(goal.id(), goal.title(), goal.fieldName(), goal.indicatorCode(),
						goal.regionKey(), ValueOfYear.of(goal.baseline()), ValueOfYear.of(goal.target()),
						ValueOfYear.of(goal.latest()), assessment.status(), reason(goal, assessment),
						answered.getOrDefault(goal.id(), List.of())));
			}
			return items;
		}

		String reason(Goal goal, Assessment assessment) {
			return GoalViews.this.words.reason(goal, assessment, unit(goal), this.locale);
		}

		String statusName(GoalStatus status) {
			return (status != null) ? GoalViews.this.words.name(status, this.locale) : "–";
		}

		/** A value of the goal's measure with the unit, e.g. „12,5 Prozent“. */
		String value(Goal goal, Point point) {
			return (point == null) ? "–" : StatusWords.number(point.value(), unit(goal), this.locale);
		}

		/** The unit of the goal's values: the indicator's or the custom measure's. */
		String unit(Goal goal) {
			return goal.byIndicator() ? definition(goal.indicatorCode()).map(IndicatorDefinition::unit).orElse(null)
					: goal.unit();
		}

		/** The indicator's title in the reader's language (its code if it is gone). */
		String indicatorTitle(String code) {
			return definition(code).map((definition) -> definition.title(this.locale)).orElse(code);
		}

		/** An indicator of the catalogue the tenant sees (read whole once: one query). */
		Optional<IndicatorDefinition> definition(String code) {
			if (this.catalogue == null) {
				this.catalogue = new HashMap<>();
				GoalViews.this.indicators.catalogue(this.tenantId)
					.forEach((definition) -> this.catalogue.put(definition.code(), definition));
			}
			return Optional.ofNullable(this.catalogue.get(code));
		}

		/** A region's name (its key if the directory does not know it). */
		String regionName(String key) {
			return this.regionNames.computeIfAbsent(key, (region) -> (Regions.keyProblem(region) != null) ? region
					: GoalViews.this.regions.find(region).map(GoalViews::name).orElse(region));
		}

	}

}
