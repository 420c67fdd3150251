package de.teilhabe.region.hierarchy;

import java.util.Locale;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
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

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/{key}")
	Region region(@PathVariable String key) {
		return find(this.regions, key);
	}

	@GetMapping("/{key}/children")
	ApiPage<Region> children(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.slice(this.regions.children(find(this.regions, key).key()), paging);
	}

	/** The best matches of a name (at most {@link JdbcRegions#MAX_LIMIT}), paged. */
	@GetMapping
	ApiPage<Region> search(@RequestParam String q, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		RegionLevel wanted = parseLevel(level);
		ApiPaging paging = ApiPaging.of(page, size);
		try {
			return ApiPage.slice(this.regions.search(q, wanted, JdbcRegions.MAX_LIMIT), paging);
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
