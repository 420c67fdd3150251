package de.teilhabe.counselling.statistics;

/** A client's age at a case's opening, in the bands the statistics count. */
public enum AgeBand {

	UNDER_18, FROM_18_TO_26, FROM_27_TO_44, FROM_45_TO_64, FROM_65, UNKNOWN;

	/** The band of an age in years (unknown for none or an impossible one). */
	static AgeBand of(Integer age) {
		if (age == null || age < 0 || age > 120) {
			return UNKNOWN;
		}
		if (age < 18) {
			return UNDER_18;
		}
		if (age < 27) {
			return FROM_18_TO_26;
		}
		if (age < 45) {
			return FROM_27_TO_44;
		}
		return (age < 65) ? FROM_45_TO_64 : FROM_65;
	}

}
