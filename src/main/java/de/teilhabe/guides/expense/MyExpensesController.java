package de.teilhabe.guides.expense;

import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A guide's own expense statements (GUIDE): only those of the profile the account is
 * bound to (no guide is named in the path, so no other guide's statement can be asked
 * for); an account bound to no profile gets "not found".
 */
@Controller
class MyExpensesController {

	private final Expenses expenses;

	private final StatementPages pages;

	MyExpensesController(Expenses expenses, StatementPages pages) {
		this.expenses = expenses;
		this.pages = pages;
	}

	@GetMapping("/guides/me/expenses")
	String mine(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
			Model model) {
		Actor actor = CurrentActor.get();
		Statement statement = this.expenses.statement(actor.tenantId(), this.expenses.ownGuide(actor),
				this.pages.period(year, month));
		this.pages.model(model, actor.tenantId(), statement, "/guides/me/expenses");
		model.addAttribute("coordinator", false);
		return StatementPages.TEMPLATE;
	}

	@GetMapping("/guides/me/expenses/statement.pdf")
	ResponseEntity<byte[]> minePdf(@RequestParam(required = false) String year,
			@RequestParam(required = false) String month) {
		Actor actor = CurrentActor.get();
		UUID guide = this.expenses.ownGuide(actor);
		return this.pages.pdf(actor.tenantId(),
				this.expenses.statement(actor.tenantId(), guide, this.pages.period(year, month)));
	}

}
