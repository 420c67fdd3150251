package de.teilhabe.counselling.casework;

/**
 * Which law a person's living is paid under (Leistungsbezug), recorded on a case at its
 * start and at its closure so that the statistics count start × end for the funders:
 * Bürgergeld (SGB II), Arbeitslosengeld (SGB III), Sozialhilfe or Grundsicherung (SGB
 * XII), Asylbewerberleistungen (AsylbLG), BAföG or Berufsausbildungsbeihilfe (in
 * training), none, or not known. Coarse codes only; no amount, no file number.
 */
public enum BenefitStatus {

	SGB_II, SGB_III, SGB_XII, ASYLBLG, BAFOEG_TRAINING, NONE, UNKNOWN

}
