package de.teilhabe.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The events of a type published while an action runs, caught by a listener added to the
 * shared context's event multicaster for the action only and removed after it (no bean,
 * no change of the context's configuration).
 */
public final class PublishedEvents {

	private PublishedEvents() {
	}

	public static <E> List<E> during(ApplicationContext context, Class<E> type, Runnable action) {
		List<E> caught = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<?>> listener = (event) -> {
			if (type.isInstance(event.getPayload())) {
				caught.add(type.cast(event.getPayload()));
			}
		};
		ApplicationEventMulticaster multicaster = context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			action.run();
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
		return caught;
	}

}
