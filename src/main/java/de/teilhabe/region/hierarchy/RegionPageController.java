package de.teilhabe.region.hierarchy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region pages: search (with the Länder to browse from) and one region with its
 * parents and children.
 */
@Controller
class RegionPageController {

	private static final int PAGE_LIMIT = 50;

	private final Regions regions;

	private final MessageSource messages;

	RegionPageController(Regions regions, MessageSource messages) {
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/regions")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String level, Model model) {
		RegionLevel wanted = null;
		if (level != null && !level.isBlank()) {
			try {
				wanted = RegionLevel.valueOf(level);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("levelError", message("region.search.level.invalid"));
			}
		}
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("level", (wanted != null) ? wanted.name() : "");
		model.addAttribute("levels", RegionLevel.values());
		model.addAttribute("source", this.regions.source());
		if (q == null || q.isBlank()) {
			model.addAttribute("laender", this.regions.laender());
			return "region/search";
		}
		if (q.strip().length() < 2) {
			model.addAttribute("queryError", message("region.search.q.short"));
			return "region/search";
		}
		if (model.containsAttribute("levelError")) {
			return "region/search";
		}
		model.addAttribute("results", this.regions.search(q, wanted, PAGE_LIMIT));
		return "region/search";
	}

	@GetMapping("/regions/{key}")
	String region(@PathVariable String key, Model model) {
		if (Regions.checkKey(key) != null) {
			throw new BadRequestException("region.key.malformed", key);
		}
		Region region = this.regions.find(key).orElseThrow(() -> new NotFoundException("region.key.unknown", key));
		List<Region> children = this.regions.children(region.key());
		model.addAttribute("region", region);
		model.addAttribute("ancestors", this.regions.ancestors(region.key()));
		model.addAttribute("children", children);
		model.addAttribute("childLevel", children.isEmpty() ? null : children.get(0).level());
		Map<String, Region> verbaende = this.regions.verbaende(region.key())
			.stream()
			.collect(Collectors.toMap(Region::key, Function.identity()));
		if (region.verbandKey() != null) {
			this.regions.find(region.verbandKey()).ifPresent((verband) -> verbaende.put(verband.key(), verband));
		}
		model.addAttribute("verbaende", verbaende);
		model.addAttribute("showVerband", region.level() == RegionLevel.KREIS && !verbaende.isEmpty());
		model.addAttribute("source", this.regions.source());
		return "region/region";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
