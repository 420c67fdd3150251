package de.teilhabe.strategy.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.teilhabe.strategy.dialog.DialogController.Heatmap;
import de.teilhabe.strategy.dialog.Records.HeatCell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Join codes (drawn from letters and digits that cannot be confused, typed codes read
 * leniently) and the heatmap's shades (count always written, shade relative to the
 * largest cell), without the platform.
 */
class JoinCodesTest {

	@Test
	void codesAreShortUnambiguousAndRarelyTheSame() {
		Set<String> drawn = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = JoinCodes.draw();
			assertThat(code).hasSize(8).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
			drawn.add(code);
		}
		assertThat(drawn).hasSize(10_000);
	}

	@Test
	void typedCodesAreReadLeniently() {
		assertThat(JoinCodes.normalise("abcd-efgh")).contains("ABCDEFGH");
		assertThat(JoinCodes.normalise(" AbCd EfGh ")).contains("ABCDEFGH");
		assertThat(JoinCodes.shown("ABCDEFGH")).isEqualTo("ABCD-EFGH");
		assertThat(JoinCodes.normalise("ABCD0FGH")).as("0 is not in the alphabet").isEmpty();
		assertThat(JoinCodes.normalise("ABCDEFG")).isEmpty();
		assertThat(JoinCodes.normalise("A".repeat(5000))).isEmpty();
		assertThat(JoinCodes.normalise(null)).isEmpty();
	}

	@Test
	void theHeatmapShadesRelativeToTheLargestCount() {
		Heatmap heatmap = Heatmap.of(List.of("Wohnen", "Gesundheit"), List.of("Bürger", "Unternehmen"),
				List.of(new HeatCell("Wohnen", StatementType.WEAKNESS, "Bürger", 8),
						new HeatCell("Wohnen", StatementType.STRENGTH, "Unternehmen", 1),
						new HeatCell("Gesundheit", StatementType.CHALLENGE, "Bürger", 4)));
		assertThat(heatmap.count("Wohnen", StatementType.WEAKNESS, "Bürger")).isEqualTo(8);
		assertThat(heatmap.shade("Wohnen", StatementType.WEAKNESS, "Bürger")).isEqualTo(4);
		assertThat(heatmap.shade("Gesundheit", StatementType.CHALLENGE, "Bürger")).isEqualTo(2);
		assertThat(heatmap.shade("Wohnen", StatementType.STRENGTH, "Unternehmen")).isEqualTo(1);
		assertThat(heatmap.shade("Gesundheit", StatementType.STRENGTH, "Unternehmen")).isZero();
		assertThat(heatmap.count("Gesundheit", StatementType.STRENGTH, "Unternehmen")).isZero();
	}

}
