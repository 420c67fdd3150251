package de.teilhabe.guides.training;

/**
 * What a course is: the basic training of the guide network (Basisqualifizierung), whose
 * completion moves a guide after the first conversation on to trained, or a further
 * training (a refresher, a topic).
 */
public enum CourseKind {

	BASIC, FURTHER

}
