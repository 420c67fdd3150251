package de.teilhabe.strategy.goal;

import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.shared.security.Actor;

import org.springframework.stereotype.Component;

/** The audit entries of goals and of the controlling settings. */
@Component
class GoalAudit {

	private final AuditLog audit;

	GoalAudit(AuditLog audit) {
		this.audit = audit;
	}

	void created(Actor actor, UUID goalId, GoalForm form) {
		record(actor, "strategy.goal.created", "goal", goalId.toString(), form.title());
	}

	void changed(Actor actor, UUID goalId, GoalForm form) {
		record(actor, "strategy.goal.changed", "goal", goalId.toString(), form.title());
	}

	void toleranceChanged(Actor actor, String tolerance) {
		record(actor, "strategy.settings.changed", "strategy_settings", actor.tenantId().toString(),
				"at_risk_tolerance " + tolerance);
	}

	private void record(Actor actor, String action, String kind, String id, String details) {
		this.audit.record(new AuditLog.AuditEntry(actor.tenantId(), actor.userId(), actor.username(),
				AuditLog.AuditCategory.OTHER, action, kind, id, null, details));
	}

}
