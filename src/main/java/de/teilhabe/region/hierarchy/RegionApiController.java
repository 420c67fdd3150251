package de.teilhabe.region.hierarchy;

import java.util.List;
import java.util.Locale;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regions API: one region, its children, search by name. Any signed-in role.
 */
@RestController
@RequestMapping(path = "/api/v1/regions", produces = MediaType.APPLICATION_JSON_VALUE)
class RegionApiController {

	static final int DEFAULT_LIMIT = 20;

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/{key}")
	Region region(@PathVariable String key) {
		return find(this.regions, key);
	}

	@GetMapping("/{key}/children")
	List<Region> children(@PathVariable String key) {
		return this.regions.children(find(this.regions, key).key());
	}

	@GetMapping
	List<Region> search(@RequestParam String q, @RequestParam(required = false) String level,
			@RequestParam(required = false) String limit) {
		RegionLevel wanted = parseLevel(level);
		int max = DEFAULT_LIMIT;
		if (limit != null) {
			try {
				max = Integer.parseInt(limit.strip());
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("region.error.limit", JdbcRegions.MAX_LIMIT, limit);
			}
		}
		if (max < 1 || max > JdbcRegions.MAX_LIMIT) {
			throw new BadRequestException("region.error.limit", JdbcRegions.MAX_LIMIT, String.valueOf(max));
		}
		try {
			return this.regions.search(q, wanted, max);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("region.error.query");
		}
	}

	/** The region of a key, 400 for a malformed key, 404 for an unknown one. */
	static Region find(Regions regions, String key) {
		BadRequestException problem = Regions.keyProblem(key);
		if (problem != null) {
			throw problem;
		}
		return regions.find(key)
			.orElseThrow(
					() -> new NotFoundException("region.key.unknown.edition", key, regions.source().gebietsstand()));
	}

	static RegionLevel parseLevel(String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return RegionLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("region.error.level", level);
		}
	}

}
